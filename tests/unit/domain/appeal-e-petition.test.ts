import { AppealDecision, AppealPatch, AppealSnapshot, decideAppealChange } from '../../../src/domain/appeal/rules';
import { petitionAnswerRecordOnPublish } from '../../../src/domain/appeal/e-petition';
import type { AppealDeadlineSettings } from '../../../src/domain/appeal/deadlines';
import { checkDeadlineSettings, normalizeDeadlineSettings } from '../../../src/domain/settings';
import { registeredAppeal, settings } from './fixtures';

// Received Mon 2 February 2026 10:00 Kyiv; the ordinary term (one month) ends at the end of Mon 2 March.
const NOW = new Date('2026-02-20T10:00:00+02:00');
// Not enough signatures: answered as an appeal; a new appeal needs no additional study by default — 15 days (Art. 20).
const ORDINARY_DUE = new Date('2026-02-17T21:59:59.999Z');
// Published Tue 3 February: 10 working days (martial law, holidays worked) — 4, 5, 6, 9, 10, 11, 12, 13, 16, 17 February.
const PUBLISHED = new Date('2026-02-03T09:00:00+02:00');
const PETITION_DUE = new Date('2026-02-17T21:59:59.999Z');

const withThreshold = (threshold?: number): AppealDeadlineSettings => ({ ...settings(), ePetitionSignatureThreshold: threshold });

const PETITION: AppealPatch = {
  receivedAt: new Date('2026-02-02T10:00:00+02:00'),
  authorKind: 'collective',
  applicantFullName: 'Ініціативна група «Зелене місто»',
  channel: 'e_petition',
  petitionCollectionStartsOn: '2025-11-01',
  petitionCollectionEndsOn: '2026-01-31',
  petitionSignatures: 260,
};

function create(patch: AppealPatch, s = withThreshold(250)): AppealDecision {
  return decideAppealChange({ before: null, patch: { ...PETITION, ...patch }, now: NOW, settings: s });
}

function update(before: AppealSnapshot, patch: AppealPatch, s = withThreshold(250)): AppealDecision {
  return decideAppealChange({ before, patch, now: NOW, settings: s });
}

const ruleOf = (d: AppealDecision): string | null => (d.ok ? null : d.error.rule);

const registeredPetition = (overrides: Partial<AppealSnapshot> = {}) =>
  registeredAppeal({
    ...(PETITION as Partial<AppealSnapshot>),
    petitionSignatureThreshold: 250,
    workflowState: 'in_progress',
    assigneeId: 4,
    dueAt: ORDINARY_DUE,
    ...overrides,
  });

describe('rule 12: e-petitions (Art. 23-1 of Law 393/96-ВР)', () => {
  it('copies the threshold of the community statute from the settings when registered', () => {
    expect(create({})).toEqual({
      ok: true,
      set: { workflowState: 'registered', priority: false, petitionSignatureThreshold: 250, dueAt: ORDINARY_DUE },
    });
  });

  it('needs a threshold: from the settings or typed from the statute', () => {
    const none = create({}, withThreshold(undefined));
    expect(none.ok === false && none.error.field).toBe('petitionSignatureThreshold');
    expect(ruleOf(none)).toBe('e_petition.threshold_required');
    expect(none.ok === false && none.error.message).toContain('ст. 23-1 Закону «Про звернення громадян»');
    expect(create({ petitionSignatureThreshold: 100 }, withThreshold(undefined))).toEqual({
      ok: true,
      set: { workflowState: 'registered', priority: false, dueAt: ORDINARY_DUE },
    });
  });

  it('collects signatures for at most three months: to 1 February from 1 November, not 2 February', () => {
    expect(create({ petitionCollectionEndsOn: '2026-02-01' }).ok).toBe(true);
    const over = create({ petitionCollectionEndsOn: '2026-02-02' });
    expect(ruleOf(over)).toBe('e_petition.collection_over_3_months');
    expect(over.ok === false && over.error.message).toContain('не пізніше 01.02.2026');
    expect(ruleOf(create({ petitionCollectionStartsOn: null }))).toBe('e_petition.collection_period_required');
    expect(ruleOf(create({ petitionCollectionEndsOn: '2025-10-31' }))).toBe('e_petition.collection_period_reversed');
  });

  it('records the number of signatures', () => {
    expect(ruleOf(create({ petitionSignatures: null }))).toBe('e_petition.signatures_required');
    expect(ruleOf(create({ petitionSignatures: -1 }))).toBe('e_petition.signatures_required');
  });

  it('is considered within 10 working days of the publication of the start of its consideration', () => {
    expect(update(registeredPetition(), { petitionConsiderationPublishedAt: PUBLISHED })).toEqual({
      ok: true,
      set: { priority: false, dueAt: PETITION_DUE },
    });
  });

  it('measures the answer against that term: 17 February on time, 18 February late', () => {
    const considered = registeredPetition({ petitionConsiderationPublishedAt: PUBLISHED, dueAt: PETITION_DUE });
    const answer = (answeredAt: Date) =>
      update(considered, { workflowState: 'answered', answerText: 'Рішення ухвалено', answerOutcome: 'satisfied', answeredAt });
    expect(answer(new Date('2026-02-17T21:59:59.999Z'))).toMatchObject({ ok: true, set: { answeredLate: false } });
    expect(answer(new Date('2026-02-17T22:00:00.000Z'))).toMatchObject({ ok: true, set: { answeredLate: true } });
  });

  it('one short of the threshold is considered as an appeal: no publication, the ordinary term', () => {
    const short = registeredPetition({ petitionSignatures: 249 });
    const decision = update(short, { petitionConsiderationPublishedAt: PUBLISHED });
    expect(ruleOf(decision)).toBe('e_petition.not_enough_signatures');
    expect(decision.ok === false && decision.error.message).toContain('розглядається як звернення громадян');
    expect(update(short, { petitionSignatures: 250, petitionConsiderationPublishedAt: PUBLISHED })).toEqual({
      ok: true,
      set: { priority: false, dueAt: PETITION_DUE },
    });
  });

  it('is taken off control only once the answer is published on the website', () => {
    const answered = registeredPetition({
      petitionConsiderationPublishedAt: PUBLISHED,
      dueAt: PETITION_DUE,
      workflowState: 'answered',
      answerText: 'Рішення ухвалено',
      answerOutcome: 'satisfied',
      answeredAt: new Date('2026-02-16T12:00:00+02:00'),
    });
    expect(ruleOf(update(answered, { workflowState: 'closed' }))).toBe('e_petition.answer_publication_required');
    expect(ruleOf(update(answered, { workflowState: 'closed', petitionAnswerPublishedAt: new Date('2026-02-16T11:00:00+02:00') }))).toBe(
      'petitionAnswerPublishedAt.before_receipt',
    );
    expect(update(answered, { workflowState: 'closed', petitionAnswerPublishedAt: new Date('2026-02-17T09:00:00+02:00') })).toEqual({
      ok: true,
      set: { workflowState: 'closed', priority: false },
    });
    // one considered as an appeal is closed as an appeal
    const asAppeal = { ...answered, petitionSignatures: 100, petitionConsiderationPublishedAt: null, dueAt: ORDINARY_DUE };
    expect(update(asAppeal, { workflowState: 'closed' }).ok).toBe(true);
  });

  it('keeps the threshold it was registered with, and its facts once disposed of', () => {
    expect(ruleOf(update(registeredPetition(), { petitionSignatureThreshold: 100 }))).toBe('e_petition.threshold_fixed');
    const answered = registeredPetition({ workflowState: 'answered', answerText: 'Так', answerOutcome: 'satisfied', answeredAt: PUBLISHED });
    const frozen = update(answered, { petitionSignatures: 300 });
    expect(frozen.ok === false && frozen.error).toMatchObject({ field: 'petitionSignatures', rule: 'term.frozen' });
  });

  it('keeps petition data off appeals that did not come as e-petitions', () => {
    const written = create({ channel: 'written' });
    expect(written.ok === false && written.error).toMatchObject({ field: 'petitionCollectionStartsOn', rule: 'e_petition.not_a_petition' });
    expect(decideAppealChange({ before: null, patch: { ...PETITION, channel: 'written', petitionCollectionStartsOn: null, petitionCollectionEndsOn: null, petitionSignatures: null }, now: NOW, settings: withThreshold(250) })).toEqual({
      ok: true,
      set: { workflowState: 'registered', priority: false, dueAt: ORDINARY_DUE },
    });
  });
});

describe('rule 12: the signature threshold in the deadline settings', () => {
  it('accepts a positive whole number (also as digits) or blank, and refuses anything else', () => {
    expect(checkDeadlineSettings({ ePetitionSignatureThreshold: 250 })).toEqual({ ok: true, data: { ePetitionSignatureThreshold: 250 } });
    expect(checkDeadlineSettings({ ePetitionSignatureThreshold: '1000' })).toEqual({ ok: true, data: { ePetitionSignatureThreshold: 1000 } });
    expect(checkDeadlineSettings({ ePetitionSignatureThreshold: null })).toEqual({ ok: true, data: { ePetitionSignatureThreshold: null } });
    for (const bad of [0, -5, 2.5, 'багато']) {
      const checked = checkDeadlineSettings({ ePetitionSignatureThreshold: bad });
      expect(checked.ok === false && checked.violation.rule).toBe('settings.e_petition_threshold');
    }
  });

  it('is read into the settings the decisions receive; unset, there is none', () => {
    expect(normalizeDeadlineSettings({ ePetitionSignatureThreshold: 250 }, []).ePetitionSignatureThreshold).toBe(250);
    expect(normalizeDeadlineSettings({}, []).ePetitionSignatureThreshold).toBeUndefined();
  });
});

describe('petitionAnswerRecordOnPublish: the website publication of the answer is recorded on the petition (Art. 23-1)', () => {
  const answered = {
    channel: 'e_petition',
    answeredAt: new Date('2026-03-16T08:00:00.000Z'),
    petitionConsiderationPublishedAt: new Date('2026-03-03T08:00:00.000Z'),
    petitionAnswerPublishedAt: null,
  };
  const out = new Date('2026-03-16T12:30:00.000Z');

  it('records the moment the answer went out for an answered petition considered as a petition', () => {
    expect(petitionAnswerRecordOnPublish(answered, out)).toEqual(new Date('2026-03-16T12:30:00.000Z'));
    expect(petitionAnswerRecordOnPublish(answered, new Date('2026-03-16T08:00:00.000Z'))).toEqual(new Date('2026-03-16T08:00:00.000Z'));
  });

  it('records nothing for another channel, an unanswered petition, one considered as an appeal or one already recorded', () => {
    expect(petitionAnswerRecordOnPublish({ ...answered, channel: 'email' }, out)).toBeNull();
    expect(petitionAnswerRecordOnPublish({ ...answered, answeredAt: null }, out)).toBeNull();
    expect(petitionAnswerRecordOnPublish({ ...answered, petitionConsiderationPublishedAt: null }, out)).toBeNull();
    expect(petitionAnswerRecordOnPublish({ ...answered, petitionAnswerPublishedAt: new Date('2026-03-16T10:00:00.000Z') }, out)).toBeNull();
    expect(petitionAnswerRecordOnPublish(null, out)).toBeNull();
  });

  it('records nothing for a publication older than the answer (a republished page of an earlier text)', () => {
    expect(petitionAnswerRecordOnPublish(answered, new Date('2026-03-16T07:59:59.999Z'))).toBeNull();
  });
});
