import type { Core } from '@strapi/strapi';
import { drain } from './lifecycle';

/** How long shutdown waits for in-flight requests and jobs; keep it below the orchestrator's kill grace period. */
export function shutdownTimeoutMs(): number {
  const n = Number(process.env.SHUTDOWN_TIMEOUT_SECONDS);
  return (Number.isFinite(n) && n >= 0 && process.env.SHUTDOWN_TIMEOUT_SECONDS !== '' ? n : 25) * 1000;
}

/**
 * The user destroy() lifecycle: Strapi calls it after stopping cron and before closing the HTTP server and the
 * database (see lifecycle.ts for why the order matters).
 */
export async function drainBeforeShutdown(strapi: Core.Strapi): Promise<void> {
  const http: any = (strapi.server as any)?.httpServer;
  await drain({
    timeoutMs: shutdownTimeoutMs(),
    // close() refuses new connections; idle keep-alive ones are closed so clients reconnect elsewhere
    stopAccepting: () => {
      if (http?.listening) http.close(() => undefined);
      http?.closeIdleConnections?.();
    },
    log: (message) => strapi.log.warn(message),
  });
}
