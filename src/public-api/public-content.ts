/**
 * What the city website may read: the content types of the public-information section. Everything else — appeals,
 * information requests, staff, notifications, users, roles — is absent from the public GraphQL schema and closed on
 * REST. A content type added later stays private until it is listed here.
 */
export const PUBLIC_CONTENT_TYPES = [
  'api::publication.publication',
  'api::campaign.campaign',
  'api::communication-event.communication-event',
  'api::classifier-topic.classifier-topic',
] as const;

/** Read actions granted to the Public role and to the city website's token (those of existing types only). */
export function publicReadActions(existing: (uid: string) => boolean): string[] {
  return PUBLIC_CONTENT_TYPES.filter(existing).flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]);
}
