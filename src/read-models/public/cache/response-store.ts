/**
 * Public answers held in memory: the exact bytes sent, their ETag and content type, tagged with the content versions
 * current when the request that produced them started. An entry is served only while those versions are still the
 * latest this instance knows of (./content-version.ts), so a write committed after the request began never hides
 * behind it. Bounded by bytes, least recently used first out.
 */
export type ContentScope = 'content' | 'statistics';
export const CONTENT_SCOPES: readonly ContentScope[] = ['content', 'statistics'];

export interface CachedResponse {
  body: Buffer;
  etag: string;
  contentType: string;
  /** versions the answer was computed at; `statistics` only when the answer depends on the registers */
  versions: Partial<Record<ContentScope, number>>;
  /** ms since epoch; answers that depend on the clock (overdue counts) expire */
  expiresAt: number | null;
  size: number;
}

const ENTRY_OVERHEAD = 256;

export class ResponseStore {
  private entries = new Map<string, CachedResponse>();
  private bytes = 0;
  private versions: Partial<Record<ContentScope, number>> = {};
  hits = 0;
  misses = 0;

  constructor(readonly maxBytes: number) {}

  get enabled(): boolean {
    return this.maxBytes > 0;
  }

  /** The versions this instance knows of, or null before it has read them once (nothing is cached until then). */
  currentVersions(): Partial<Record<ContentScope, number>> | null {
    return CONTENT_SCOPES.every((scope) => this.versions[scope] !== undefined) ? { ...this.versions } : null;
  }

  /** A newer version of a scope: every answer that depends on it is dropped. Older or equal versions change nothing. */
  learn(scope: ContentScope, version: number): boolean {
    const known = this.versions[scope];
    if (known !== undefined && version <= known) return false;
    this.versions[scope] = version;
    for (const [key, entry] of this.entries) if (entry.versions[scope] !== undefined) this.drop(key, entry);
    return true;
  }

  get(key: string, now = Date.now()): CachedResponse | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (!this.fresh(entry, now)) {
      this.drop(key, entry);
      return null;
    }
    // most recently used last
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  put(key: string, entry: Omit<CachedResponse, 'size'>, now = Date.now()): boolean {
    const size = entry.body.length + key.length + ENTRY_OVERHEAD;
    if (!this.enabled || size > this.maxBytes / 4) return false;
    const stored = { ...entry, size };
    if (!this.fresh(stored, now)) return false;
    const previous = this.entries.get(key);
    if (previous) this.drop(key, previous);
    this.entries.set(key, stored);
    this.bytes += size;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.drop(oldest, old);
    }
    return true;
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  stats(): { entries: number; bytes: number; maxBytes: number; hits: number; misses: number } {
    return { entries: this.entries.size, bytes: this.bytes, maxBytes: this.maxBytes, hits: this.hits, misses: this.misses };
  }

  private fresh(entry: CachedResponse, now: number): boolean {
    if (entry.expiresAt !== null && entry.expiresAt <= now) return false;
    return Object.entries(entry.versions).every(([scope, version]) => this.versions[scope as ContentScope] === version);
  }

  private drop(key: string, entry: CachedResponse): void {
    this.entries.delete(key);
    this.bytes -= entry.size;
  }
}
