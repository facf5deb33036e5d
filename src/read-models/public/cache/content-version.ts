import type { Core } from '@strapi/strapi';
import { Client } from 'pg';
import { PUBLIC_CONTENT_TYPES } from '../public-content';
import { CONTENT_SCOPES, ResponseStore, type ContentScope } from './response-store';

export const VERSION_TABLE = 'public_content_version';
export const NOTIFY_CHANNEL = 'public_content';
/** How old the versions an instance serves from may be when it has not heard of a newer one (the fallback check). */
export const VERSION_CHECK_MS = 500;
const RECONNECT_MS = 1000;

const READS = new Set(['findOne', 'findFirst', 'findMany', 'count']);
/** The statistics' inputs: a change of an item can change `appealStatistics`, never a publication. */
const STATISTICS_TYPES = new Set(['api::appeal.appeal', 'api::information-request.information-request']);

export function scopeOf(uid: string): ContentScope | null {
  if ((PUBLIC_CONTENT_TYPES as readonly string[]).includes(uid)) return 'content';
  if (STATISTICS_TYPES.has(uid)) return 'statistics';
  return null;
}

/**
 * What an instance knows of the public content's versions, and how it learns of newer ones: the writing instance at
 * its own commit; others through PostgreSQL NOTIFY on a listening connection of their own (reconnected when lost);
 * and, whatever happens to that connection, a version check before serving from the cache when the last one is more
 * than VERSION_CHECK_MS old. SQLite is one instance: the commit and the same check (a local read) suffice.
 */
export class ContentVersions {
  readonly store: ResponseStore;
  private lastChecked = 0;
  private checking: Promise<boolean> | null = null;
  private listener: Client | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(private readonly strapi: Core.Strapi, maxBytes: number) {
    this.store = new ResponseStore(maxBytes);
  }

  private get postgres(): boolean {
    return this.strapi.db.dialect.client === 'postgres';
  }

  private table() {
    return this.strapi.db.getConnection(VERSION_TABLE);
  }

  /** Reads the committed versions (one small query); false when the database cannot be read. */
  refresh(): Promise<boolean> {
    if (this.checking) return this.checking;
    const started = Date.now();
    this.checking = (async () => {
      try {
        const rows: Array<{ scope: string; version: number | string }> = await this.table().select('scope', 'version');
        for (const row of rows) if ((CONTENT_SCOPES as readonly string[]).includes(row.scope)) this.store.learn(row.scope as ContentScope, Number(row.version));
        this.lastChecked = started;
        return true;
      } catch (error) {
        this.strapi.log.warn(`Кеш публічних відповідей: не вдалося прочитати версію вмісту (${(error as Error).message}).`);
        return false;
      } finally {
        this.checking = null;
      }
    })();
    return this.checking;
  }

  /** True when the versions are known and recent enough to serve a cached answer (checked again if not). */
  async fresh(): Promise<boolean> {
    if (!this.store.enabled) return false;
    if (Date.now() - this.lastChecked <= VERSION_CHECK_MS && this.store.currentVersions()) return true;
    return (await this.refresh()) && this.store.currentVersions() !== null;
  }

  /**
   * Inside the write's transaction: the scope's version goes up by one (the row stays locked until commit, so two
   * writers never hand out the same version), and on PostgreSQL a NOTIFY carries it to every instance on commit.
   * The writing instance learns it when the transaction commits.
   */
  async bump(trx: any, scope: ContentScope, onCommit: (cb: () => void) => void): Promise<number> {
    const schema = this.strapi.db.getSchemaName();
    const row = () => (schema ? trx(VERSION_TABLE).withSchema(schema) : trx(VERSION_TABLE)).where({ scope });
    const changed = await row().increment('version', 1);
    if (!changed) await (schema ? trx(VERSION_TABLE).withSchema(schema) : trx(VERSION_TABLE)).insert({ scope, version: 1 });
    const found = await row().first('version');
    const version = Number(found?.version);
    if (this.postgres) await trx.raw('SELECT pg_notify(?, ?)', [NOTIFY_CHANNEL, `${scope}:${version}`]);
    onCommit(() => this.store.learn(scope, version));
    return version;
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.refresh();
    if (this.postgres && this.store.enabled) await this.listen();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    const client = this.listener;
    this.listener = null;
    if (client) await client.end().catch(() => undefined);
    this.store.clear();
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const settings: any = this.strapi.config.get('database.connection.connection');
    const { schema, ...connection } = settings ?? {};
    void schema;
    const client = new Client(connection);
    const retry = (error?: Error) => {
      if (this.listener !== client) return;
      this.listener = null;
      client.end().catch(() => undefined);
      if (this.stopped) return;
      if (error) this.strapi.log.warn(`Кеш публічних відповідей: з'єднання LISTEN втрачено (${error.message}), повтор за ${RECONNECT_MS} мс.`);
      this.reconnectTimer = setTimeout(() => {
        this.reconnectTimer = null;
        void this.listen();
      }, RECONNECT_MS);
      this.reconnectTimer.unref();
    };
    this.listener = client;
    client.on('error', retry);
    client.on('end', () => retry(new Error('connection ended')));
    client.on('notification', (message) => {
      const [scope, version] = String(message.payload ?? '').split(':');
      if ((CONTENT_SCOPES as readonly string[]).includes(scope) && Number.isFinite(Number(version))) this.store.learn(scope as ContentScope, Number(version));
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
      // whatever was committed while this connection was down
      await this.refresh();
    } catch (error) {
      retry(error as Error);
    }
  }
}

const runtimes = new WeakMap<Core.Strapi, ContentVersions>();

/** The instance's cache and versions (one per Strapi instance). */
export function contentVersions(strapi: Core.Strapi): ContentVersions {
  let runtime = runtimes.get(strapi);
  if (!runtime) {
    const megabytes = Number(process.env.PUBLIC_CACHE_MAX_MB ?? 32);
    runtime = new ContentVersions(strapi, Number.isFinite(megabytes) && megabytes > 0 ? Math.floor(megabytes * 1024 * 1024) : 0);
    runtimes.set(strapi, runtime);
  }
  return runtime;
}

/**
 * Document Service middleware: every write of a public type (create, update, delete, publish, unpublish, discard a
 * draft) and of the statistics' inputs (appeals, information requests) bumps the content version in the write's own
 * transaction — joining the audit trail's when there is one — so a refused or rolled-back write bumps nothing.
 */
export function publicContentVersion(strapi: Core.Strapi): Parameters<Core.Strapi['documents']['use']>[0] {
  return async (context, next) => {
    const { uid, action } = context as any;
    const scope = scopeOf(uid);
    if (!scope || READS.has(action)) return next();
    return strapi.db.transaction(async ({ trx, onCommit }: any) => {
      const result = await next();
      await contentVersions(strapi).bump(trx, scope, onCommit);
      return result;
    });
  };
}

export const MEDIA_FILE_UID = 'plugin::upload.file';

/**
 * Uploaded files that public answers include (a publication's cover: its URL, alternative text, caption, formats):
 * the media library writes them with `strapi.db.query` (@strapi/upload, services/upload.js: updateFileInfo, replace,
 * remove), not through the Document Service, so the middleware above never sees them. Database lifecycles do: an
 * update (rename, alternative text, caption, replace, move) or a deletion of a file bumps the content version, in
 * the write's transaction when there is one. A new file is in no public answer until an entry points at it, and
 * that entry's own write bumps the version.
 */
export function bumpOnMediaChanges(strapi: Core.Strapi): void {
  const bump = async () => {
    await strapi.db.transaction(({ trx, onCommit }: any) => contentVersions(strapi).bump(trx, 'content', onCommit));
  };
  strapi.db.lifecycles.subscribe({
    models: [MEDIA_FILE_UID],
    afterUpdate: bump,
    afterUpdateMany: bump,
    afterDelete: bump,
    afterDeleteMany: bump,
  } as any);
}
