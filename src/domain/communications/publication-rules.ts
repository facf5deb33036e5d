import { isBlank, isOneOf } from '../register/values';
import { violation } from '../register/violation';
import type { RuleViolation } from '../errors';
import {
  KnownPersonalData,
  PERSONAL_DATA_KIND_LABELS,
  PersonalDataKind,
  findPersonalData,
  maskPersonalData,
} from './masking';
import { PUBLICATION_KINDS, PUBLICATION_KIND_LABELS, REFUTATION_VERDICTS } from './vocabulary';

/**
 * What a publication needs before it goes to the city website. Checked by the Document Service
 * middleware on `publish`; drafts may be incomplete.
 */

const PERSONAL_DATA_LAW = 'Закон України «Про захист персональних даних»';

export interface PublicationDraft {
  kind: string;
  title: string | null;
  claim?: string | null;
  /** Where the fake appeared: a list of links, or one text with a link per line. */
  claimSources?: string[] | string | null;
  verdict?: string | null;
  question?: string | null;
  body?: string | null;
  summary?: string | null;
}

/** The fields of an answer that reach the website, in the order a person reads them. */
const PUBLISHED_ANSWER_FIELDS = [
  ['title', 'Заголовок'],
  ['summary', 'Короткий опис'],
  ['question', 'Питання'],
  ['body', 'Відповідь'],
] as const;

const KIND_ORDER: readonly PersonalDataKind[] = ['name', 'address', 'phone', 'email'];

/**
 * `appealApplicant` — the applicant of the answered appeal, when the answer is linked to one; without it
 * only e-mails and phone numbers can be recognised.
 */
export function checkPublicationBeforePublish(
  publication: PublicationDraft,
  appealApplicant: KnownPersonalData | null,
): RuleViolation | null {
  if (!isOneOf(PUBLICATION_KINDS, publication.kind)) {
    return violation(
      'kind',
      'publication.kind_unknown',
      `Невідомий вид публікації «${String(publication.kind)}». Оберіть вид зі списку.`,
    );
  }
  if (isBlank(publication.title)) {
    return violation(
      'title',
      'publication.title_required',
      'Вкажіть заголовок публікації: під ним вона з’явиться на сайті міської ради.',
    );
  }
  if (publication.kind === 'refutation') return checkRefutation(publication);
  if (publication.kind === 'appeal_answer') return checkAppealAnswer(publication, appealApplicant);
  return null;
}

/** Regulation of the sector, 3.1: the sector refutes fakes — the reader must see what is refuted, where it appeared and the finding. */
function checkRefutation(p: PublicationDraft): RuleViolation | null {
  const label = PUBLICATION_KIND_LABELS.refutation;
  if (isBlank(p.claim)) {
    return violation(
      'claim',
      'refutation.claim_required',
      `Перед публікацією (${label}) наведіть твердження, яке спростовується, — дослівно або близько до тексту.`,
    );
  }
  if (sourcesOf(p.claimSources).length === 0) {
    return violation(
      'claimSources',
      'refutation.source_required',
      `Перед публікацією (${label}) вкажіть хоча б одне джерело, де поширено це твердження (посилання на допис, ` +
        'сторінку чи канал), щоб читач міг його впізнати.',
    );
  }
  if (!isOneOf(REFUTATION_VERDICTS, p.verdict)) {
    return violation(
      'verdict',
      'refutation.verdict_required',
      `Перед публікацією (${label}) оберіть висновок перевірки: «неправда», «маніпуляція», «вводить в оману» або «не підтверджено».`,
    );
  }
  return null;
}

export function sourcesOf(sources: string[] | string | null | undefined): string[] {
  const list = typeof sources === 'string' ? sources.split(/\r?\n/) : Array.isArray(sources) ? sources : [];
  return list
    .filter((s): s is string => typeof s === 'string')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Answers to appeals are published question and answer, anonymised and reviewed by staff. */
function checkAppealAnswer(p: PublicationDraft, applicant: KnownPersonalData | null): RuleViolation | null {
  if (isBlank(p.question)) {
    return violation(
      'question',
      'appeal_answer.question_required',
      'Перед публікацією відповіді на звернення внесіть питання заявника у знеособленому вигляді.',
    );
  }
  if (isBlank(p.body)) {
    return violation(
      'body',
      'appeal_answer.answer_required',
      'Перед публікацією відповіді на звернення внесіть текст відповіді.',
    );
  }
  const found = PUBLISHED_ANSWER_FIELDS.map(([field, label]) => ({
    field,
    label,
    kinds: new Set(findPersonalData(p[field] ?? '', applicant ?? {}).map((m) => m.kind)),
  })).filter((f) => f.kinds.size > 0);
  if (found.length === 0) return null;
  // Only kinds and field names: the message is logged and shown, so it must not repeat the data itself.
  const kinds = KIND_ORDER.filter((kind) => found.some((f) => f.kinds.has(kind))).map(
    (k) => PERSONAL_DATA_KIND_LABELS[k],
  );
  return violation(
    found[0].field,
    'appeal_answer.personal_data',
    `Відповідь на звернення не можна опублікувати: у ${found.length === 1 ? 'полі' : 'полях'} ` +
      `${found.map((f) => `«${f.label}»`).join(', ')} є персональні дані — ${kinds.join(', ')}. ` +
      `Персональні дані заявника не оприлюднюються (${PERSONAL_DATA_LAW}). Замініть їх позначками ` +
      '(«[ПІБ приховано]», «[адресу приховано]», «[телефон приховано]», «[e-mail приховано]») і перевірте текст ще раз.',
  );
}

export interface AnsweredAppeal {
  subject: string | null;
  text: string | null;
  answerText: string | null;
  applicant: KnownPersonalData | null;
}

export interface AppealAnswerPrefill {
  title: string;
  question: string;
  body: string;
}

export const DEFAULT_APPEAL_ANSWER_TITLE = 'Відповідь на звернення';

/**
 * A draft of the published answer made from the appeal, with what can be recognised already masked.
 * Staff still read it before publishing: other people's names, the applicant's nickname or a neighbour's
 * address are not known to the masking.
 */
export function prefillAppealAnswer(appeal: AnsweredAppeal): AppealAnswerPrefill {
  const known = appeal.applicant ?? {};
  const masked = (text: string | null): string => maskPersonalData(text ?? '', known).trim();
  return {
    title: masked(appeal.subject) || DEFAULT_APPEAL_ANSWER_TITLE,
    question: masked(appeal.text),
    body: masked(appeal.answerText),
  };
}
