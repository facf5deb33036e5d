import { api, errorMessage } from './support/client';
import { createDepartment, createStaff, getRequest as stored, registerRequest as register, requestInput } from './support/fixtures';

const cyrillic = /[А-Яа-яІіЇїЄєҐґ]/;

/** A refusal: 400, the named rule, a Ukrainian message, and the row exactly as it was. */
async function expectRefused(documentId: string, data: Record<string, unknown>, rule: string) {
  const before = await stored(documentId);
  const res = await api('PUT', `/information-requests/${documentId}`, { data });
  expect(res.status).toBe(400);
  expect(res.body.error.details.rule).toBe(rule);
  expect(errorMessage(res)).toMatch(cyrillic);
  expect(await stored(documentId)).toEqual(before);
}

describe('public information requests (Law 2939-VI)', () => {
  let executor: string;
  beforeAll(async () => {
    executor = await createStaff(await createDepartment());
  });

  describe('registration and terms (Art. 20)', () => {
    it('numbers requests ЗІ-N/YYYY in their own yearly sequence', async () => {
      const a = await register({ receivedAt: '2022-04-04T09:00:00.000Z' });
      const b = await register({ receivedAt: '2022-05-04T09:00:00.000Z' });
      expect(a.registrationNumber).toBe('ЗІ-1/2022');
      expect(b.registrationNumber).toBe('ЗІ-2/2022');
    });

    it('gives 20 concurrent registrations 20 distinct numbers', async () => {
      const results = await Promise.all(
        Array.from({ length: 20 }, () => api('POST', '/information-requests', { data: requestInput({ receivedAt: '2021-06-01T09:00:00.000Z' }) })),
      );
      expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
      const numbers = results.map((r) => r.body.data.registrationNumber).sort();
      expect(new Set(numbers).size).toBe(20);
    });

    it('answers within 5 working days: received Friday evening → the next Friday, end of day in Kyiv', async () => {
      const a = await register({ receivedAt: '2026-03-06T18:30:00.000Z' }); // Fri 20:30 Kyiv
      expect(a.dueAt).toBe('2026-03-13T21:59:59.999Z');
      const saturday = await register({ receivedAt: '2026-03-07T10:00:00.000Z' });
      expect(saturday.dueAt).toBe('2026-03-13T21:59:59.999Z');
    });

    it('answers an urgent request within 48 hours to the minute, and needs the ground and its justification', async () => {
      const res = await api('POST', '/information-requests', { data: requestInput({ urgent: true, urgencyGround: 'environment' }) });
      expect(res.status).toBe(400);
      expect(res.body.error.details.rule).toBe('urgency.justification_required');
      const noGround = await api('POST', '/information-requests', { data: requestInput({ urgent: true, urgencyJustification: 'Викиди' }) });
      expect(noGround.body.error.details.rule).toBe('urgency.ground_required');
      // across the switch to summer time on 29.03.2026: 48 real hours
      const urgent = await register({ receivedAt: '2026-03-27T18:30:00.000Z', urgent: true, urgencyGround: 'environment', urgencyJustification: 'Викиди шкідливих речовин' });
      expect(urgent.dueAt).toBe('2026-03-29T18:30:00.000Z');
    });

    it('recomputes the term when the request is marked urgent later', async () => {
      const a = await register({ receivedAt: '2026-03-06T18:30:00.000Z' });
      const res = await api('PUT', `/information-requests/${a.documentId}`, { data: { urgent: true, urgencyGround: 'accident', urgencyJustification: 'Аварія на водогоні' } });
      expect(res.status).toBe(200);
      expect(res.body.data.dueAt).toBe('2026-03-08T18:30:00.000Z');
    });
  });

  describe('extension up to 20 working days (Art. 20(4))', () => {
    // received Mon 02.03.2026: due 09.03 (5 working days); limit 30.03 (20 working days); notice by 09.03
    let request: any;
    beforeEach(async () => {
      request = await register({ receivedAt: '2026-03-02T09:00:00.000Z', assignee: executor });
    });

    it('extends to the 20th working day with reasons and a notice sent within 5 working days', async () => {
      const res = await api('PUT', `/information-requests/${request.documentId}`, {
        data: { workflowState: 'extended', extendedUntil: '2026-03-30', extensionGround: 'large_volume', extensionReason: 'Великий обсяг', requesterNotifiedOfExtensionAt: '2026-03-09T12:00:00.000Z' },
      });
      expect(res.status).toBe(200);
      expect(res.body.data.workflowState).toBe('extended');
      expect(res.body.data.dueAt).toBe('2026-03-30T20:59:59.999Z');
    });

    it('refuses a 21st working day, a late notice, a missing reason, and an urgent request', async () => {
      const base = { workflowState: 'extended', extensionGround: 'large_volume', extensionReason: 'Великий обсяг', requesterNotifiedOfExtensionAt: '2026-03-09T12:00:00.000Z' };
      await expectRefused(request.documentId, { ...base, extendedUntil: '2026-03-31' }, 'extension.over_20_working_days');
      await expectRefused(request.documentId, { ...base, extendedUntil: '2026-03-20', requesterNotifiedOfExtensionAt: '2026-03-10T08:00:00.000Z' }, 'extension.notice_late');
      await expectRefused(request.documentId, { ...base, extendedUntil: '2026-03-20', extensionReason: '' }, 'extension.reason_required');
      const urgent = await register({ urgent: true, urgencyGround: 'accident', urgencyJustification: 'Аварія' });
      await expectRefused(urgent.documentId, { ...base, extendedUntil: '2026-03-04' }, 'extension.urgent_request');
    });
  });

  describe('forwarding, refusal, answer and charges', () => {
    it('forwards to the holder only with the requester told, and records forwarding after 5 working days as late', async () => {
      const a = await register({ receivedAt: '2026-03-02T09:00:00.000Z' });
      await expectRefused(a.documentId, { workflowState: 'forwarded', forwardedTo: 'Держгеокадастр' }, 'forwarded.notice_required');
      await expectRefused(a.documentId, { workflowState: 'forwarded', requesterNotifiedOfForwardingAt: '2026-03-03T09:00:00.000Z' }, 'forwarded.recipient_required');
      const late = await api('PUT', `/information-requests/${a.documentId}`, {
        data: { workflowState: 'forwarded', forwardedTo: 'Держгеокадастр', forwardedAt: '2026-03-10T09:00:00.000Z', requesterNotifiedOfForwardingAt: '2026-03-10T09:00:00.000Z' },
      });
      expect(late.status).toBe(200);
      expect(late.body.data.forwardedLate).toBe(true);
    });

    it('refuses only on an Art. 22 ground with an explanation', async () => {
      const a = await register();
      await expectRefused(a.documentId, { workflowState: 'refused', refusalExplanation: 'Не володіємо' }, 'refusal.ground_required');
      await expectRefused(a.documentId, { workflowState: 'refused', refusalGround: 'restricted' }, 'refusal.explanation_required');
      const res = await api('PUT', `/information-requests/${a.documentId}`, { data: { workflowState: 'refused', refusalGround: 'restricted', refusalExplanation: 'Конфіденційна інформація', refusalOfficialName: 'Коваленко Ірина Петрівна', refusalOfficialPosition: 'головний спеціаліст' } });
      expect(res.status).toBe(200);
      expect(res.body.data.refusalGround).toBe('restricted');
    });

    it('needs the answer text, and charges copying only above 10 pages and never for information about the requester (Art. 21)', async () => {
      const a = await register({ receivedAt: '2026-03-02T09:00:00.000Z' });
      const answer = { workflowState: 'answered', answerText: 'Надаємо копії', answerOutcome: 'provided', answeredAt: '2026-03-05T09:00:00.000Z' };
      await expectRefused(a.documentId, { ...answer, answerText: ' ' }, 'answered.text_required');
      await expectRefused(a.documentId, { ...answer, pages: 10, copyingCharge: 5 }, 'charge.within_free_pages');
      await expectRefused(a.documentId, { ...answer, pages: 30, copyingCharge: 25, aboutRequester: true }, 'charge.about_requester');
      const res = await api('PUT', `/information-requests/${a.documentId}`, { data: { ...answer, pages: 30, copyingCharge: 25.5 } });
      expect(res.status).toBe(200);
      expect(Number(res.body.data.copyingCharge)).toBe(25.5);
      expect(res.body.data.answeredLate).toBe(false);
    });

    it('records an answer after the term as late', async () => {
      const a = await register({ receivedAt: '2026-03-02T09:00:00.000Z' });
      const res = await api('PUT', `/information-requests/${a.documentId}`, {
        data: { workflowState: 'answered', answerText: 'Відповідь', answerOutcome: 'provided', answeredAt: '2026-03-10T09:00:00.000Z' },
      });
      expect(res.body.data.answeredLate).toBe(true);
    });
  });

  describe('bad input', () => {
    it.each([
      ['unknown channel', { channel: 'pigeon' }],
      ['impossible date', { receivedAt: '2026-02-29T10:00:00Z' }],
      ['unknown urgency ground', { urgent: true, urgencyGround: 'boredom', urgencyJustification: 'x' }],
      ['negative pages', { pages: -1 }],
      ['non-numeric charge', { copyingCharge: 'багато' }],
      ['oversized text', { requestText: 'ж'.repeat(50_001) }],
      ['requester that is not an object', { requester: 'Петренко' }],
    ])('refuses %s with a Ukrainian 400 and writes nothing', async (_label, overrides) => {
      const before = (await api('GET', '/information-requests?pagination[pageSize]=1')).body.meta.pagination.total;
      const res = await api('POST', '/information-requests', { data: requestInput(overrides) });
      expect(res.status).toBe(400);
      expect(errorMessage(res)).toMatch(cyrillic);
      expect((await api('GET', '/information-requests?pagination[pageSize]=1')).body.meta.pagination.total).toBe(before);
    });

    it('does not let staff change the registration number or the due date', async () => {
      const a = await register();
      await expectRefused(a.documentId, { registrationNumber: 'ЗІ-999/2026' }, 'register.computed_field');
      await expectRefused(a.documentId, { dueAt: '2030-01-01T00:00:00.000Z' }, 'register.computed_field');
    });
  });

  it('lists overdue requests: open and past due', async () => {
    const overdue = await register({ receivedAt: '2026-01-05T09:00:00.000Z' });
    const fresh = await register({ receivedAt: new Date(Date.now() - 60_000).toISOString() });
    const res = await api('GET', '/information-requests/overdue?pagination[pageSize]=100');
    expect(res.status).toBe(200);
    const ids = res.body.data.map((r: any) => r.documentId);
    expect(ids).toContain(overdue.documentId);
    expect(ids).not.toContain(fresh.documentId);
  });
});
