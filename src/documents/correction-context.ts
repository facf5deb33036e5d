import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The one write a recorded correction makes to a register item (src/documents/term-correction.ts): the
 * register rules lift the freeze of that field for it, and the audit trail stores its entry as a correction. Nothing
 * outside that write sees the mark.
 */
interface CorrectionMark {
  uid: string;
  documentId: string;
  field: string;
}

const storage = new AsyncLocalStorage<CorrectionMark>();

export function withCorrection<T>(mark: CorrectionMark, fn: () => Promise<T>): Promise<T> {
  return storage.run(mark, fn);
}

/** The corrected field when this write of `uid`/`documentId` is a recorded correction, else null. */
export function correctionOf(uid: string, documentId: unknown): { field: string } | null {
  const mark = storage.getStore();
  return mark && mark.uid === uid && mark.documentId === documentId ? { field: mark.field } : null;
}
