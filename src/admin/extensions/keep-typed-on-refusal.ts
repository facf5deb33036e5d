/**
 * A refused save keeps what the clerk typed.
 *
 * The content manager saves an existing entry optimistically: before the request it patches the cached document with
 * the form's values, and when the server refuses (a 400 from the document middlewares) it undoes that patch. The edit
 * form takes every change of the cached document as new initial values and replaces its own values with them, so the
 * undo put the stored version back into the form: the typed answer text and the chosen state were gone, while the
 * errors of the refusal pointed at fields that no longer showed the problem.
 *
 * This store middleware leaves the cached documents of the city's own content types alone on save: no optimistic
 * patch and so no undo. A refused save leaves the form as the clerk left it, with the refused fields highlighted; a
 * successful one is followed by the refetch the save triggers anyway, which shows what the server computed (the
 * number, the due date).
 */

const PATCHED = 'adminApi/queries/queryResultPatched';

interface PatchAction {
  type: string;
  payload?: { queryCacheKey?: unknown };
}

/** The optimistic patch (or its undo) of an edit form's document of an `api::` content type. */
export function isOptimisticDocumentPatch(action: unknown): boolean {
  const { type, payload } = (action ?? {}) as PatchAction;
  if (type !== PATCHED || typeof payload?.queryCacheKey !== 'string') return false;
  const key = payload.queryCacheKey;
  return key.startsWith('getDocument(') && key.includes('"model":"api::');
}

type Next = (action: unknown) => unknown;

/** For `app.addMiddlewares`: a factory of the redux middleware. */
export const keepTypedOnRefusal = () => (_store: unknown) => (next: Next) => (action: unknown) =>
  isOptimisticDocumentPatch(action) ? undefined : next(action);
