import crypto from 'crypto';

/** Punctuators of GraphQL next to which whitespace, commas and comments never matter (`.` is left out: `. . .`). */
const PUNCTUATORS = new Set(['{', '}', '(', ')', '[', ']', ':', '=', '!', '$', '@', '|', '&']);
const IGNORED = new Set([' ', '\t', '\n', '\r', ',', '\uFEFF']);

/**
 * The text of a GraphQL document with what the language ignores taken out — comments, commas, runs of whitespace —
 * and nothing else: string and block-string literals are copied byte for byte, and a single space stays between two
 * tokens that would otherwise join. Two texts with the same normal form are the same document, so they may share a
 * cached answer; the normal form is computed without parsing (a scan of the characters).
 */
export function normaliseGraphqlQuery(text: string): string {
  let out = '';
  let pendingSpace = false;
  let i = 0;
  const n = text.length;
  const emit = (chunk: string) => {
    if (pendingSpace && out.length > 0 && !PUNCTUATORS.has(out[out.length - 1]) && !PUNCTUATORS.has(chunk[0])) out += ' ';
    pendingSpace = false;
    out += chunk;
  };
  while (i < n) {
    const c = text[i];
    if (IGNORED.has(c)) {
      pendingSpace = true;
      i++;
    } else if (c === '#') {
      while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
      pendingSpace = true;
    } else if (text.startsWith('"""', i)) {
      let j = i + 3;
      while (j < n && !text.startsWith('"""', j)) j += text.startsWith('\\"""', j) ? 4 : 1;
      emit(text.slice(i, Math.min(n, j + 3)));
      i = j + 3;
    } else if (c === '"') {
      let j = i + 1;
      while (j < n && text[j] !== '"' && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      emit(text.slice(i, Math.min(n, j + 1)));
      i = j + 1;
    } else {
      let j = i + 1;
      if (!PUNCTUATORS.has(c)) while (j < n && !IGNORED.has(text[j]) && !PUNCTUATORS.has(text[j]) && text[j] !== '#' && text[j] !== '"') j++;
      emit(text.slice(i, j));
      i = j;
    }
  }
  return out;
}

/** JSON with the keys of every object sorted: the same variables in any order give the same text. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.keys(value as Record<string, unknown>)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

export type CallerClass = 'public' | 'website';

/**
 * The cache key of a GraphQL request: caller class, the normalised document, the operation, the variables and the
 * media type the answer is sent as (graphqlResponseType: the same body goes out as application/json or as
 * application/graphql-response+json, depending on the Accept header).
 */
export function graphqlCacheKey(caller: CallerClass, query: string, operationName: unknown, variables: unknown, responseType: string): string {
  const op = typeof operationName === 'string' ? operationName : '';
  return sha256(`${caller}\ngraphql\n${responseType}\n${normaliseGraphqlQuery(query)}\n${op}\n${canonicalJson(variables ?? null)}`);
}

/** The cache key of a REST read: caller class and the request's path and query string as sent. */
export function restCacheKey(caller: CallerClass, url: string): string {
  return sha256(`${caller}\nrest\n${url}`);
}

export function sha256(text: string): string {
  return crypto.createHash('sha256').update(text).digest('base64url');
}

/** The hash Apollo's persisted queries name a document by: the SHA-256 of its exact text, in lowercase hex. */
export function persistedQueryHash(query: string): string {
  return crypto.createHash('sha256').update(query).digest('hex');
}

/** The strong ETag of a public answer: a hash of its exact bytes (../../middlewares/public-cache.ts). */
export function etagOf(body: Buffer | string): string {
  return `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}
