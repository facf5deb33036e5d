import type { Core } from '@strapi/strapi';
import { runExclusively } from './run-exclusively';
import { PUBLICATION_UID } from '../documents/slug-lookup';

export const SCHEDULED_PUBLISHING_JOB = 'publish-scheduled-publications';

export interface ScheduledPublishingReport {
  ran: boolean;
  published: string[];
  refused: Array<{ documentId: string; message: string }>;
}

/**
 * Publishes every never-published draft whose `scheduledAt` has come. Each goes through the Document Service
 * `publish`, so the same checks as the «Опублікувати» button apply; a refused one stays a draft, is logged and is
 * retried on the next tick (staff fix it, or clear the time). Already published documents are left alone: their
 * later edits are published by a person. Runs once per tick across instances (runExclusively).
 */
export async function publishScheduledPublications(strapi: Core.Strapi, now = new Date()): Promise<ScheduledPublishingReport> {
  const run = await runExclusively(strapi, SCHEDULED_PUBLISHING_JOB, async () => {
    const due: Array<{ documentId: string }> = await strapi.db.query(PUBLICATION_UID).findMany({
      where: { publishedAt: null, scheduledAt: { $notNull: true, $lte: now } },
      select: ['documentId'],
      orderBy: { scheduledAt: 'asc' },
    });
    const report: Omit<ScheduledPublishingReport, 'ran'> = { published: [], refused: [] };
    for (const { documentId } of due) {
      const published = await strapi.db.query(PUBLICATION_UID).findOne({ where: { documentId, publishedAt: { $notNull: true } }, select: ['id'] });
      if (published) continue;
      try {
        await strapi.documents(PUBLICATION_UID).publish({ documentId });
        report.published.push(documentId);
      } catch (error: any) {
        if (error?.name !== 'ValidationError') throw error;
        report.refused.push({ documentId, message: error.message });
        strapi.log.warn(`Запланована публікація ${documentId} не опублікована: ${error.message}`);
      }
    }
    return report;
  });
  return run.ran ? { ran: true, ...run.result } : { ran: false, published: [], refused: [] };
}
