import { daysLeft, escapeHtml, isTemplateName, render } from '../../../src/jobs/notifications/templates';

const appeal = { kind: 'appeal' as const, registrationNumber: 'Ш-17/2026', subject: 'Ремонт тротуару', dueAt: '2026-04-02T20:59:59.999Z', receivedAt: '2026-03-02T09:00:00.000Z' };
const request = { kind: 'information_request' as const, registrationNumber: 'ЗІ-5/2026', dueAt: '2026-03-09T21:59:59.999Z', receivedAt: '2026-03-02T09:00:00.000Z' };

describe('templates', () => {
  it('acknowledges an appeal with its number, receipt and due dates and the statute', () => {
    const mail = render('acknowledgment', { item: appeal, recipientName: 'Шевченко Тарас' });
    expect(mail.subject).toBe('Ваше звернення зареєстровано: № Ш-17/2026');
    expect(mail.text).toBe(
      'Шановний(а) Шевченко Тарас!\n\nВаше звернення зареєстровано 02.03.2026 за № Ш-17/2026.\n\n' +
        'Відповідь буде надано не пізніше 02.04.2026 (ст. 20 Закону України «Про звернення громадян»).\n\n' +
        'Зберігайте реєстраційний номер: він потрібен для довідок про стан розгляду.\n',
    );
    expect(mail.html).toContain('<html lang="uk">');
    expect(mail.html).toContain('<p>Ваше звернення зареєстровано 02.03.2026 за № Ш-17/2026.</p>');
  });

  it('marks a privileged appeal in the digest (Art. 20 of Law 393/96-ВР)', () => {
    const mail = render('digest', {
      departmentName: 'Відділ благоустрою', date: '2026-03-18', workingDays: 3, dueSoon: [],
      overdue: [{ ...appeal, priority: true, assigneeName: 'Коваленко Петро Іванович' }, { ...request, assigneeName: null }],
    });
    expect(mail.text).toContain(
      '  Ш-17/2026 — першочергово (пільговик), звернення («Ремонт тротуару»), строк 02.04.2026, виконавець: Коваленко Петро Іванович\n' +
        '  ЗІ-5/2026 — запит на інформацію, строк 09.03.2026, виконавець: не призначено\n',
    );
  });

  it('reminds of a complaint to the head still under review a month after filing (Art. 23 of Law 2939-VI)', () => {
    const mail = render('request_appeal_undecided', {
      item: request, filedAt: '2026-03-10T08:00:00.000Z', subject: 'ненадання відповіді на запит', decisionDue: '2026-04-10T20:59:59.999Z',
    });
    expect(mail.subject).toBe('Скаргу не вирішено: запит на інформацію № ЗІ-5/2026');
    expect(mail.text).toBe(
      'Скарга від 10.03.2026 керівнику розпорядника на ненадання відповіді на запит (запит на інформацію № ЗІ-5/2026) досі розглядається, ' +
        'хоча місяць від її подання сплив 10.04.2026.\n\n' +
        'Скаргу подано за ч. 1 ст. 23 Закону України «Про доступ до публічної інформації»; строк її розгляду — не більше одного місяця ' +
        '(ст. 20 Закону України «Про звернення громадян»). Внесіть рішення за скаргою і його дату в картку запиту.\n',
    );
    expect(isTemplateName('request_appeal_undecided')).toBe(true);
  });

  it('names the right article of each law for extensions and forwarding', () => {
    expect(render('extension_notice', { item: appeal, reason: 'Виїзд комісії', newDueAt: '2026-04-16T20:59:59.999Z' }).text)
      .toContain('продовжено до 16.04.2026 (ст. 20 Закону України «Про звернення громадян»).');
    expect(render('extension_notice', { item: request, reason: 'Великий обсяг', newDueAt: '2026-03-30T20:59:59.999Z' }).text)
      .toContain('продовжено до 30.03.2026 (ч. 4 ст. 20 Закону України «Про доступ до публічної інформації»).');
    const forwarded = render('forwarding_notice', { item: request, forwardedTo: 'Держгеокадастр' });
    expect(forwarded.subject).toBe('Ваш запит на інформацію № ЗІ-5/2026 надіслано за належністю');
    expect(forwarded.text).toContain('Доброго дня!');
    expect(forwarded.text).toContain('(ч. 3 ст. 22 Закону України «Про доступ до публічної інформації»)');
    expect(render('forwarding_notice', { item: appeal, forwardedTo: 'Держпраці' }).text).toContain('(ст. 7 Закону України «Про звернення громадян»)');
  });

  it('escapes what people typed in the HTML, never in the text', () => {
    const mail = render('answer', { item: appeal, answerText: 'Рядок 1 <b>\nРядок 2 & "ще"', answeredAt: '2026-03-20T10:00:00.000Z' });
    expect(mail.subject).toBe('Відповідь на звернення № Ш-17/2026');
    expect(mail.text).toContain('Відповідь на ваше звернення № Ш-17/2026 від 20.03.2026:\n\nРядок 1 <b>\n\nРядок 2 & "ще"');
    expect(mail.html).toContain('<p>Рядок 1 &lt;b&gt;</p>');
    expect(mail.html).toContain('<p>Рядок 2 &amp; &quot;ще&quot;</p>');
    expect(escapeHtml(`<'>`)).toBe('&lt;&#39;&gt;');
  });

  it('reminds, warns on the due day and escalates staff', () => {
    expect(render('reminder', { item: appeal, workingDaysLeft: 3 }).subject).toBe('Нагадування: 3 робочі дні до строку, звернення № Ш-17/2026');
    expect(render('due_today', { item: request }).subject).toBe('Сьогодні останній день строку: запит на інформацію № ЗІ-5/2026');
    const escalation = render('overdue_escalation', { item: request, assigneeName: null, departmentName: 'Відділ звернень' });
    expect(escalation.subject).toBe('Прострочено: запит на інформацію № ЗІ-5/2026');
    expect(escalation.text).toContain('Запит на інформацію № ЗІ-5/2026 прострочено: строк минув 09.03.2026.');
    expect(escalation.text).toContain('Виконавець: не призначено, підрозділ: Відділ звернень.');
    expect(render('assignment', { item: appeal, assigneeName: null }).text).toContain('Вам доручено звернення № Ш-17/2026 («Ремонт тротуару»).');
  });

  it('digests a department: overdue first, then what is due soon, "немає" for an empty list', () => {
    const mail = render('digest', {
      departmentName: 'Відділ благоустрою', date: '2026-03-18', workingDays: 3,
      overdue: [{ ...appeal, assigneeName: 'Коваленко П.' }], dueSoon: [],
    });
    expect(mail.subject).toBe('Щоденне зведення 18.03.2026: Відділ благоустрою — прострочено 1, наближається строк 0');
    expect(mail.text).toBe(
      'Зведення на 18.03.2026 для підрозділу «Відділ благоустрою».\n\nПрострочені (1):\n\n' +
        '  Ш-17/2026 — звернення («Ремонт тротуару»), строк 02.04.2026, виконавець: Коваленко П.\n\n' +
        'Строк спливає протягом 3 робочих днів (0):\n\n  немає\n',
    );
    expect(mail.html).toContain('<ul><li>немає</li></ul>');
  });

  it('declines "working day" in Ukrainian and knows its template names', () => {
    expect([1, 2, 4, 5, 11, 12, 21, 22, 25, 111].map(daysLeft)).toEqual([
      '1 робочий день', '2 робочі дні', '4 робочі дні', '5 робочих днів', '11 робочих днів', '12 робочих днів',
      '21 робочий день', '22 робочі дні', '25 робочих днів', '111 робочих днів',
    ]);
    expect(isTemplateName('digest')).toBe(true);
    expect(isTemplateName('toString')).toBe(false);
  });
});
