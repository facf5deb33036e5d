import { api, errorMessage, http } from './support/client';
import { appealInput, getAppeal, registerAppeal } from './support/fixtures';

/** Malformed input is a 400 with a Ukrainian message and writes nothing — never a 500. */
describe('malformed appeal input', () => {
  const cyrillic = /[А-Яа-яІіЇїЄєҐґ]/;

  const badCreates: Array<[string, Record<string, unknown>]> = [
    ['impossible receipt date', { receivedAt: '2026-02-30T10:00:00Z' }],
    ['text instead of a date', { receivedAt: 'вчора' }],
    ['receipt in the future', { receivedAt: '2099-01-01T00:00:00Z' }],
    ['unknown channel', { channel: 'fax' }],
    ['unknown appeal type', { appealType: 'petition' }],
    ['number instead of a boolean', { needsAdditionalStudy: 'можливо' }],
    ['oversized subject', { subject: 'ж'.repeat(501) }],
    ['oversized text', { text: 'ж'.repeat(50_001) }],
    ['applicant that is not an object', { applicant: 'Шевченко' }],
    ['workflow state that does not exist', { workflowState: 'lost' }],
    ['creating straight into a final state', { workflowState: 'closed' }],
  ];

  it.each(badCreates)('refuses %s on create', async (_label, overrides) => {
    const before = (await api('GET', '/appeals?pagination[pageSize]=1')).body.meta.pagination.total;
    const res = await api('POST', '/appeals', { data: appealInput(overrides) });
    expect(res.status).toBe(400);
    expect(errorMessage(res)).toMatch(cyrillic);
    expect((await api('GET', '/appeals?pagination[pageSize]=1')).body.meta.pagination.total).toBe(before);
  });

  it('refuses missing required fields in Ukrainian or with the field named', async () => {
    const res = await api('POST', '/appeals', { data: { channel: 'written' } });
    expect(res.status).toBe(400);
    expect(errorMessage(res)).not.toBe('');
  });

  const badUpdates: Array<[string, Record<string, unknown>]> = [
    ['impossible extension date', { extendedUntil: '2026-02-30', extensionReason: 'Причина' }],
    ['unknown outcome', { workflowState: 'answered', answerText: 'Так', answerOutcome: 'maybe' }],
    ['unknown Art. 8 reason', { workflowState: 'not_considered', notConsideredReason: 'lazy' }],
    ['garbage answer date', { workflowState: 'answered', answerText: 'Так', answerOutcome: 'explained', answeredAt: 'завтра' }],
  ];

  it.each(badUpdates)('refuses %s on update and leaves the row unchanged', async (_label, data) => {
    const a = await registerAppeal();
    const stored = await getAppeal(a.documentId);
    const res = await api('PUT', `/appeals/${a.documentId}`, { data });
    expect(res.status).toBe(400);
    expect(errorMessage(res)).toMatch(cyrillic);
    expect(await getAppeal(a.documentId)).toEqual(stored);
  });

  it('answers a body that is not JSON with 400, not 500', async () => {
    const res = await http('POST', '/api/appeals', '{"data": {', {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${process.env.TEST_API_TOKEN}`,
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });
});
