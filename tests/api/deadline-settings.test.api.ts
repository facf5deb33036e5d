import { api } from './support/client';
import { adminApi } from './support/admin';
import { openDirectDb } from './support/direct-db';
import { runJob } from './support/smtp';

/**
 * The deadline settings accept only values the jobs can use lawfully: a reminder offset of a million working days
 * used to make the reminder job walk a million days with the event loop blocked. Every caller is checked (REST and
 * the admin panel here), the refusal is a 400 in Ukrainian, and nothing is stored.
 */
const OUT_OF_RANGE = (n: string) =>
  `Нагадування за ${n} до строку ніколи не надійде: найдовший строк — 45 днів (ст. 20 Закону України «Про звернення громадян»), ` +
  'тобто не більше 33 робочих днів. Допустимо від 0 до 33.';

async function stored(): Promise<any> {
  const res = await api('GET', '/deadline-setting');
  expect(res.status).toBe(200);
  return res.body.data;
}

// what the other test files of the run had (the defaults when the settings were never saved), restored at the end
let original = { martialLaw: true, nonWorkingDayRule: 'next', reminderOffsets: null as unknown };

beforeAll(async () => {
  const before = await api('GET', '/deadline-setting');
  if (before.status === 200 && before.body?.data) {
    const { martialLaw, nonWorkingDayRule, reminderOffsets } = before.body.data;
    original = { martialLaw, nonWorkingDayRule, reminderOffsets };
  }
  const put = await api('PUT', '/deadline-setting', { data: { reminderOffsets: [3, 1] } });
  expect(put.status).toBe(200);
});
afterAll(async () => {
  const restored = await api('PUT', '/deadline-setting', { data: original });
  expect(restored.status).toBe(200);
});

describe('deadline settings within lawful bounds', () => {
  it.each<[unknown, string, string]>([
    [[1000000], 'settings.reminder_offsets.out_of_range', OUT_OF_RANGE('1000000 робочих днів')],
    [[1e9], 'settings.reminder_offsets.out_of_range', OUT_OF_RANGE('1000000000 робочих днів')],
    [[3, 34], 'settings.reminder_offsets.out_of_range', OUT_OF_RANGE('34 робочі дні')],
    ['soon', 'settings.reminder_offsets.not_integer', "Нагадування «soon» — не ціле невід'ємне число робочих днів до строку; наприклад [3, 1]."],
    [[3, 3], 'settings.reminder_offsets.duplicate', 'Нагадування за 3 робочі дні до строку вказано двічі: залиште одне.'],
    [[1, 2, 3, 4, 5, 6], 'settings.reminder_offsets.too_many', 'Нагадувань може бути не більше 5, а вказано 6: залиште найпотрібніші, наприклад [3, 1].'],
    [{ days: 3 }, 'settings.reminder_offsets.type', 'Нагадування задаються списком цілих чисел робочих днів до строку, наприклад [3, 1].'],
  ])('REST refuses reminderOffsets %j with a 400 in Ukrainian and stores nothing', async (reminderOffsets, rule, message) => {
    const res = await api('PUT', '/deadline-setting', { data: { reminderOffsets, martialLaw: false } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(message);
    expect(res.body.error.details.rule).toBe(rule);
    const after = await stored();
    expect([after.reminderOffsets, after.martialLaw]).toEqual([[3, 1], original.martialLaw]); // martialLaw: false was not stored either
  });

  it('the admin panel is held to the same bounds', async () => {
    const path = '/content-manager/single-types/api::deadline-setting.deadline-setting';
    const refused = await adminApi('PUT', path, { martialLaw: true, nonWorkingDayRule: 'next', reminderOffsets: [1000000] });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe(OUT_OF_RANGE('1000000 робочих днів'));
    const wrongSwitch = await api('PUT', '/deadline-setting', { data: { martialLaw: 'maybe' } });
    expect(wrongSwitch.status).toBe(400);
    expect((await stored()).reminderOffsets).toEqual([3, 1]);
  });

  it('stores accepted offsets as distinct whole numbers, largest first; blank means the default', async () => {
    const res = await api('PUT', '/deadline-setting', { data: { reminderOffsets: ['1', 5, '0'] } });
    expect(res.status).toBe(200);
    expect((await stored()).reminderOffsets).toEqual([5, 1, 0]);
    expect((await api('PUT', '/deadline-setting', { data: { reminderOffsets: '2, 33' } })).status).toBe(200);
    expect((await stored()).reminderOffsets).toEqual([33, 2]);
    expect((await api('PUT', '/deadline-setting', { data: { reminderOffsets: null } })).status).toBe(200);
    expect((await stored()).reminderOffsets).toBeNull();
  });

  it('a value stored before the check (written around the API) does not stall the reminder job', async () => {
    const db = await openDirectDb();
    try {
      await db.run(`UPDATE deadline_settings SET reminder_offsets = ?`, [JSON.stringify([1e9])]);
      const result = await runJob('reminders', '2026-03-12T07:00:00Z');
      expect(result.job).toBe('reminders');
      expect(result.ran).toBe(true);
      expect(typeof result.result.queued).toBe('number');
    } finally {
      await db.close();
    }
  });
});
