/** HTTP client of the API tests: the server runs in the jest parent process (see global-setup.ts). */

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export function baseUrl(): string {
  const url = process.env.TEST_BASE_URL;
  if (!url) throw new Error('TEST_BASE_URL is not set: run API tests through jest (npm test), which boots Strapi.');
  return url;
}

export async function http<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
  const res = await fetch(baseUrl() + path, {
    method,
    headers: {
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: any = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON: keep the text */
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}

/** Content API with the full-access token created in global setup. */
export function api<T = any>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>> {
  return http<T>(method, `/api${path}`, body, { Authorization: `Bearer ${process.env.TEST_API_TOKEN}` });
}

export async function graphql<T = any>(query: string, variables: Record<string, unknown> = {}, token: string | null = process.env.TEST_API_TOKEN ?? null) {
  return http<{ data?: T; errors?: Array<{ message: string; extensions?: any }> }>('POST', '/graphql', { query, variables }, token ? { Authorization: `Bearer ${token}` } : {});
}

/** The error message of a Strapi error response. */
export function errorMessage(res: ApiResponse): string {
  return res.body?.error?.message ?? '';
}
