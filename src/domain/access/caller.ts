/**
 * Who is making a change, as the access rules see it. Glue code builds it from the request (admin panel session,
 * API token) or marks the change as made by the system itself (seed, scheduled tasks, scripts in the process).
 */
export type Caller =
  | { kind: 'admin'; adminUserId: number; email: string | null; isManager: boolean; isHead: boolean; isCommunications: boolean; staffId: number | null }
  | { kind: 'api_token'; tokenId: number | null; tokenName: string | null }
  | { kind: 'users_permissions'; userId: number | null }
  | { kind: 'system' };
