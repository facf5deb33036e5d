import { api, errorMessage } from './support/client';
import { appealInput, getAppeal, registerAppeal, setDeadlineSettings } from './support/fixtures';

describe('appeal registration: numbers and due dates', () => {
  it('numbers an individual appeal by the first letter of the surname and the Kyiv year of receipt', async () => {
    const a = await registerAppeal({ applicant: { fullName: 'Євтушенко Марія' } });
    expect(a.registrationNumber).toMatch(/^Є-\d+\/2026$/);
    expect(a.workflowState).toBe('registered');
  });

  it('uses КО for a collective appeal and БП for an anonymous one, which is not considered (Art. 8)', async () => {
    const collective = await registerAppeal({ authorKind: 'collective', applicant: { fullName: 'Мешканці будинку 5' } });
    expect(collective.registrationNumber).toMatch(/^КО-\d+\/2026$/);
    const anonymous = await registerAppeal({ authorKind: 'anonymous', applicant: null });
    expect(anonymous.registrationNumber).toMatch(/^БП-\d+\/2026$/);
    expect(anonymous.workflowState).toBe('not_considered');
    expect(anonymous.notConsideredReason).toBe('anonymous');
  });

  it('restarts the sequence every year (the Kyiv calendar year of receipt)', async () => {
    const first = await registerAppeal({ receivedAt: '2024-05-06T08:00:00.000Z', applicant: { fullName: 'Ігнатенко Ігор' } });
    const second = await registerAppeal({ receivedAt: '2024-07-01T08:00:00.000Z', applicant: { fullName: 'Олійник Ольга' } });
    expect(first.registrationNumber).toBe('І-1/2024');
    expect(second.registrationNumber).toBe('О-2/2024');
    // 22:30 UTC on 31 December 2024 is already 1 January 2025 in Kyiv
    const newYear = await registerAppeal({ receivedAt: '2024-12-31T22:30:00.000Z', applicant: { fullName: 'Яковенко Яна' } });
    expect(newYear.registrationNumber).toBe('Я-1/2025');
  });

  it('gives 50 concurrent registrations 50 distinct consecutive numbers', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => api('POST', '/appeals', { data: appealInput({ receivedAt: '2023-02-01T08:00:00.000Z', subject: `Паралельна реєстрація ${i}` }) })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(201));
    const numbers = results.map((r) => r.body.data.registrationNumber as string);
    expect(new Set(numbers).size).toBe(50);
    const sequences = numbers.map((n) => Number(/^Ш-(\d+)\/2023$/.exec(n)?.[1])).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it('computes one month from the day after receipt, rolled past a weekend, ending 23:59:59.999 Kyiv time', async () => {
    // received Friday 30.01.2026; one month → 28.02.2026 (no 30 February) is a Saturday → Monday 02.03.2026
    const a = await registerAppeal({ receivedAt: '2026-01-30T10:00:00.000Z', needsAdditionalStudy: true });
    expect(a.dueAt).toBe('2026-03-02T21:59:59.999Z');
  });

  it('computes 15 days for an appeal that needs no additional study, and recomputes when that changes', async () => {
    const a = await registerAppeal({ receivedAt: '2026-03-02T09:00:00.000Z', needsAdditionalStudy: false });
    expect(a.dueAt).toBe('2026-03-17T21:59:59.999Z');
    const res = await api('PUT', `/appeals/${a.documentId}`, { data: { needsAdditionalStudy: true } });
    expect(res.status).toBe(200);
    // one month → 02.04.2026, after the switch to summer time (UTC+3)
    expect(res.body.data.dueAt).toBe('2026-04-02T20:59:59.999Z');
    const moved = await api('PUT', `/appeals/${a.documentId}`, { data: { receivedAt: '2026-03-03T09:00:00.000Z' } });
    expect(moved.body.data.dueAt).toBe('2026-04-03T20:59:59.999Z');
  });

  it('treats a public holiday as a working day under martial law and rolls past it in peacetime', async () => {
    // the demo calendar may already hold the day: use it, or add it for this test only
    const existing = await api('GET', '/holidays?filters[date][$eq]=2026-08-24');
    const created = existing.body.data.length ? null : await api('POST', '/holidays', { data: { date: '2026-08-24', kind: 'holiday', title: 'День Незалежності України' } });
    if (created) expect(created.status).toBe(201);
    else expect(existing.body.data[0].kind).toBe('holiday');
    try {
      const wartime = await registerAppeal({ receivedAt: '2026-08-09T09:00:00.000Z', needsAdditionalStudy: false });
      expect(wartime.dueAt).toBe('2026-08-24T20:59:59.999Z');
      await setDeadlineSettings({ martialLaw: false });
      const peacetime = await registerAppeal({ receivedAt: '2026-08-09T09:00:00.000Z', needsAdditionalStudy: false });
      expect(peacetime.dueAt).toBe('2026-08-25T20:59:59.999Z');
      await setDeadlineSettings({ martialLaw: false, nonWorkingDayRule: 'previous' });
      const internal = await registerAppeal({ receivedAt: '2026-08-09T09:00:00.000Z', needsAdditionalStudy: false });
      // `previous` gives the internal control date; the statutory term still rolls forward (Civil Code Art. 254(5)).
      expect(internal.controlDueAt).toBe('2026-08-21T20:59:59.999Z');
      expect(internal.dueAt).toBe('2026-08-25T20:59:59.999Z');
    } finally {
      await setDeadlineSettings({ martialLaw: true, nonWorkingDayRule: 'next' });
      if (created) await api('DELETE', `/holidays/${created.body.data.documentId}`);
    }
  });

  it('sets priority for privileged applicants (Art. 20)', async () => {
    const a = await registerAppeal({ applicant: { fullName: 'Петренко Петро', privileged: true }, privilegeCategory: 'combatant' });
    expect(a.priority).toBe(true);
    const b = await registerAppeal();
    expect(b.priority).toBe(false);
  });

  it('refuses a hotline appeal without the contact center card number and writes nothing', async () => {
    const before = await api('GET', '/appeals?pagination[pageSize]=1');
    const res = await api('POST', '/appeals', { data: appealInput({ channel: 'government_hotline' }) });
    expect(res.status).toBe(400);
    expect(errorMessage(res)).toMatch(/картк/i);
    const after = await api('GET', '/appeals?pagination[pageSize]=1');
    expect(after.body.meta.pagination.total).toBe(before.body.meta.pagination.total);
    const ok = await registerAppeal({ channel: 'government_hotline', contactCenterCardNumber: '1545-2026-000123' });
    expect(ok.contactCenterCardNumber).toBe('1545-2026-000123');
  });

  it('refuses an individual appeal without the applicant name (the number needs the surname letter)', async () => {
    const res = await api('POST', '/appeals', { data: appealInput({ applicant: { fullName: '   ' } }) });
    expect(res.status).toBe(400);
    expect(errorMessage(res)).toMatch(/прізвищ/i);
  });

  it('does not let staff set or edit the registration number or the due date', async () => {
    const created = await api('POST', '/appeals', { data: appealInput({ registrationNumber: 'Х-999/2026' }) });
    expect(created.status).toBe(400);
    const a = await registerAppeal();
    const stored = await getAppeal(a.documentId);
    for (const data of [{ registrationNumber: 'Х-1/2026' }, { dueAt: '2030-01-01T00:00:00.000Z' }]) {
      const res = await api('PUT', `/appeals/${a.documentId}`, { data });
      expect(res.status).toBe(400);
      expect(errorMessage(res)).not.toBe('');
    }
    expect(await getAppeal(a.documentId)).toEqual(stored);
    // sending the stored values back unchanged (as the admin form does) is accepted
    const same = await api('PUT', `/appeals/${a.documentId}`, { data: { registrationNumber: a.registrationNumber, dueAt: a.dueAt, subject: 'Уточнена тема' } });
    expect(same.status).toBe(200);
    expect(same.body.data.registrationNumber).toBe(a.registrationNumber);
  });
});
