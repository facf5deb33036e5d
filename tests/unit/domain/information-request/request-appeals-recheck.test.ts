import { recheckRequestAppeals, type AppealedRequest, type RequestAppeal } from '../../../../src/domain/information-request/request-appeals';

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
