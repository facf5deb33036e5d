import type { Core } from '@strapi/strapi';

let installed = false;

/**
 * For a server: the handlers below, from the moment it listens. A command-line script that boots Strapi without
 * listening (import, seed, notifications, migration) keeps Node's own policy: an error there ends the script with
 * its exit code, and nothing it prints after its result is a server's log line.
 */
export function keepServerAlive(strapi: Core.Strapi): void {
  (strapi.server as any).httpServer.once('listening', () => keepProcessAlive(strapi));
}

/**
 * No input may end the process. A promise some library forgot to await (Strapi's uniqueness check has done so with a
 * value PostgreSQL refused) or an exception thrown outside a request is logged and the server keeps answering;
 * every request still gets its own answer through the error middleware. Installed once per process.
 */
export function keepProcessAlive(strapi: Core.Strapi): void {
  if (installed) return;
  installed = true;
  process.on('unhandledRejection', (reason) => {
    strapi.log.error(`Unhandled promise rejection (the server keeps running): ${describe(reason)}`);
  });
  process.on('uncaughtException', (error) => {
    strapi.log.error(`Uncaught exception (the server keeps running): ${describe(error)}`);
  });
}

function describe(reason: unknown): string {
  if (reason instanceof Error) return reason.stack ?? `${reason.name}: ${reason.message}`;
  try {
    return JSON.stringify(reason);
  } catch {
    return String(reason);
  }
}
