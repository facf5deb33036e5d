import { recheckRequestAppeals, undecidedRequestAppeals, type AppealedRequest, type RequestAppeal } from '../../../../src/domain/information-request/request-appeals';
import { settings } from './fixtures';

// Received Mon 2 March 2026 11:00 Kyiv (09:00Z); 5 working days end Mon 9 March 23:59:59.999 Kyiv (21:59:59.999Z).
const OPEN: AppealedRequest = {
  receivedAt: new Date('2026-03-02T09:00:00.000Z'),
  dueAt: new Date('2026-03-09T21:59:59.999Z'),
  answeredAt: null,
  answeredLate: false,
  refusalGround: null,
};
const NO_ANSWER: RequestAppeal = { filedAt: new Date('2026-03-10T08:00:00.000Z'), appealedTo: 'head', subject: 'no_answer', outcome: 'under_review', decidedAt: null };
const PREFIX = 'Зміну запиту не збережено: вона суперечить записаній скарзі (ст. 23 Закону «Про доступ до публічної інформації»). ';

describe('recheckRequestAppeals (Art. 23 of Law 2939-VI): recorded appeals stay true of the request', () => {
  it('keeps an appeal against no answer when the answer comes after the appeal was filed', () => {
    expect(recheckRequestAppeals([NO_ANSWER], { ...OPEN, answeredAt: new Date('2026-03-10T09:00:00.000Z'), answeredLate: true })).toBeNull();
  });

  it('refuses an answer dated before the appeal against no answer was filed', () => {
    expect(recheckRequestAppeals([NO_ANSWER], { ...OPEN, answeredAt: new Date('2026-03-10T07:59:59.999Z'), answeredLate: true })).toEqual({
      field: 'requestAppeals.0.subject',
      rule: 'request_appeal.answer_not_missing',
      message:
        PREFIX +
        'Скарга № 1 оскаржує ненадання відповіді (п. 3 ч. 2 ст. 23 Закону «Про доступ до публічної інформації»), але на момент ' +
        'подання скарги (10.03.2026 10:00) відповідь уже було надано (10.03.2026 09:59). Оберіть інший предмет оскарження або перевірте дату подання.',
    });
  });

  it('refuses an extension that moves the term past the filing of an appeal against no answer', () => {
    expect(recheckRequestAppeals([NO_ANSWER], { ...OPEN, dueAt: new Date('2026-03-20T21:59:59.999Z') })?.rule).toBe('request_appeal.answer_not_missing');
  });

  it('refuses taking away the lateness or the refusal an appeal is about', () => {
    const late: RequestAppeal = { ...NO_ANSWER, subject: 'late_answer' };
    const answeredLate = { ...OPEN, answeredAt: new Date('2026-03-10T09:00:00.000Z'), answeredLate: true };
    expect(recheckRequestAppeals([late], answeredLate)).toBeNull();
    expect(recheckRequestAppeals([late], { ...answeredLate, answeredAt: new Date('2026-03-09T09:00:00.000Z'), answeredLate: false })?.rule).toBe('request_appeal.answer_not_late');
    const refusal: RequestAppeal = { ...NO_ANSWER, subject: 'refusal' };
    expect(recheckRequestAppeals([refusal], { ...OPEN, refusalGround: 'restricted' })).toBeNull();
    expect(recheckRequestAppeals([NO_ANSWER, refusal], { ...OPEN, answeredAt: new Date('2026-03-10T09:00:00.000Z') })).toEqual({
      field: 'requestAppeals.1.subject',
      rule: 'request_appeal.no_refusal',
      message:
        PREFIX +
        'Скарга № 2 оскаржує відмову в задоволенні запиту (п. 1 ч. 2 ст. 23 Закону «Про доступ до публічної інформації»), але відмову в ' +
        'цьому запиті не зафіксовано. Спершу внесіть відмову з її підставою або оберіть інший предмет оскарження.',
    });
  });

  it('refuses a receipt moved after the filing of an appeal', () => {
    expect(recheckRequestAppeals([{ ...NO_ANSWER, subject: 'other' }], { ...OPEN, receivedAt: new Date('2026-03-11T08:00:00.000Z') })).toEqual({
      field: 'requestAppeals.0.filedAt',
      rule: 'request_appeal.filed_before_receipt',
      message: PREFIX + 'Скарга № 1 подана 10.03.2026 10:00 — раніше за нову дату надходження запиту (11.03.2026 10:00).',
    });
  });

  it('does not check again what was checked when the appeal was written (dates, outcome)', () => {
    expect(recheckRequestAppeals([{ ...NO_ANSWER, subject: 'other', outcome: 'dismissed', decidedAt: null }], OPEN)).toBeNull();
  });
});

describe('undecidedRequestAppeals: a complaint to the head still under review a month after filing', () => {
  // filed Tue 10 March 2026 10:00 Kyiv; a month ends Fri 10 April 2026, 23:59:59.999 Kyiv (EEST) = 20:59:59.999Z
  const DUE = new Date('2026-04-10T20:59:59.999Z');

  it('is reminded only once the month has run out, with the day it ran out', () => {
    expect(undecidedRequestAppeals([NO_ANSWER], DUE, settings())).toEqual([]);
    expect(undecidedRequestAppeals([NO_ANSWER], new Date('2026-04-10T21:00:00.000Z'), settings())).toEqual([
      { index: 0, filedAt: new Date('2026-03-10T08:00:00.000Z'), subject: 'no_answer', decisionDue: DUE },
    ]);
  });

  it('moves a month that ends on a day off to the next working day', () => {
    const filed = (iso: string): RequestAppeal => ({ ...NO_ANSWER, filedAt: new Date(iso) });
    // 9 May 2026 is a Saturday: a month from 9 April 2026 ends on Monday 11 May (20:59:59.999Z)
    expect(undecidedRequestAppeals([filed('2026-04-09T08:00:00.000Z')], new Date('2026-05-11T20:59:59.999Z'), settings())).toEqual([]);
    expect(undecidedRequestAppeals([filed('2026-04-09T08:00:00.000Z')], new Date('2026-05-11T21:00:00.000Z'), settings())[0].decisionDue).toEqual(
      new Date('2026-05-11T20:59:59.999Z'),
    );
  });

  it('leaves out decided complaints and those to a higher body, a court or the Ombudsman', () => {
    const later = new Date('2026-06-01T09:00:00.000Z');
    expect(undecidedRequestAppeals([
      { ...NO_ANSWER, outcome: 'dismissed', decidedAt: new Date('2026-03-20T08:00:00.000Z') },
      { ...NO_ANSWER, appealedTo: 'court' },
      { ...NO_ANSWER, appealedTo: 'ombudsman' },
      { ...NO_ANSWER, appealedTo: 'higher_body' },
      { ...NO_ANSWER, outcome: null, subject: 'refusal' },
    ], later, settings()).map((u) => [u.index, u.subject])).toEqual([[4, 'refusal']]);
  });
});
