import type { Core } from '@strapi/strapi';
import { checkRequestAppeals, recheckRequestAppeals, type AppealedRequest, type RequestAppeal } from '../domain/information-request/request-appeals';
import { readBoolean, readInstant, readText, refuse } from './input';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

const UID = 'api::information-request.information-request';
const FIELD = 'requestAppeals';
const REQUEST_FACTS = ['receivedAt', 'dueAt', 'answeredAt', 'answeredLate', 'refusalGround'] as const;

/**
 * Appeals against the handling of a request (Art. 23 of Law 2939-VI), a repeatable record on the request, checked by
 * `checkRequestAppeals` (src/domain/information-request/request-appeals.ts) against the request as it will be stored:
 * when they are written, and again (`recheckRequestAppeals`) when a later change of the request touches a fact they
 * rest on — its receipt, term, answer, lateness or refusal.
 * Runs inside the register rules (registered after them), so the term and the lateness they have just decided are
 * what the appeals are checked against, in the same transaction.
 */
export function informationRequestAppeals(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    const { uid, action, params } = context as any;
    if (uid !== UID || (action !== 'create' && action !== 'update')) return next();
    const data: Record<string, any> = params.data ?? {};
    const given = FIELD in data && data[FIELD] !== null;
    // The request itself changes (its answer, refusal, term or lateness — what the register has just decided is in
    // `data`): the appeals already recorded must still be true of it, so they are checked again.
    const recheck = !given && action === 'update' && REQUEST_FACTS.some((field) => field in data);
    if (!given && !recheck) return next();
    const row: any =
      action === 'update'
        ? await strapi.db.query(UID as any).findOne({
            where: { documentId: params.documentId },
            select: [...REQUEST_FACTS],
            ...(recheck ? { populate: { [FIELD]: true } } : {}),
          })
        : null;
    const raw = given ? data[FIELD] : row?.[FIELD] ?? [];
    if (!Array.isArray(raw)) refuse(FIELD, 'Скарги на розгляд запиту передають списком записів (ст. 23 Закону «Про доступ до публічної інформації»).');
    if (raw.length === 0) return next();
    const appeals: RequestAppeal[] = raw.map((item: unknown, i: number) => readAppeal(item, `${FIELD}.${i}`));
    const fact = (field: (typeof REQUEST_FACTS)[number]) => (field in data ? data[field] : row?.[field] ?? null);
    const request: AppealedRequest = {
      receivedAt: readInstant(fact('receivedAt'), 'receivedAt'),
      dueAt: readInstant(fact('dueAt'), 'dueAt'),
      answeredAt: readInstant(fact('answeredAt'), 'answeredAt'),
      answeredLate: readBoolean(fact('answeredLate'), 'answeredLate') === true,
      refusalGround: readText(fact('refusalGround'), 'refusalGround'),
    };
    const broken = given ? checkRequestAppeals(appeals, request, new Date()) : recheckRequestAppeals(appeals, request);
    if (broken) refuse(broken.field, broken.message, broken.rule);
    return next();
  };
}

function readAppeal(item: unknown, path: string): RequestAppeal {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) refuse(path, 'Кожна скарга має бути записом із датою подання, адресатом і предметом оскарження.');
  const value = item as Record<string, unknown>;
  return {
    filedAt: readInstant(value.filedAt, `${path}.filedAt`),
    appealedTo: readText(value.appealedTo, `${path}.appealedTo`),
    subject: readText(value.subject, `${path}.subject`),
    outcome: readText(value.outcome, `${path}.outcome`),
    decidedAt: readInstant(value.decidedAt, `${path}.decidedAt`),
  };
}
