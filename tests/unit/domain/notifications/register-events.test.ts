import {
  registerChangeNotices,
  type ItemBefore,
  type WrittenItem,
} from '../../../../src/domain/notifications/register-events';

const APPEAL: WrittenItem = {
  documentId: 'doc-1',
  registrationNumber: 'Ш-17/2026',
  subject: 'Ремонт даху',
  receivedAt: '2026-03-02T08:00:00.000Z',
  dueAt: '2026-04-02T20:59:59.999Z',
  workflowState: 'registered',
  authorKind: 'individual',
  channel: 'email',
  extendedUntil: null,
  extensionReason: null,
  forwardedTo: null,
  answerText: null,
  answeredAt: null,
  person: { fullName: 'Шевченко Тарас Григорович', email: 'taras@example.org' },
  assignee: null,
};
const ITEM = {
  kind: 'appeal',
  registrationNumber: 'Ш-17/2026',
  subject: 'Ремонт даху',
  dueAt: '2026-04-02T20:59:59.999Z',
  receivedAt: '2026-03-02T08:00:00.000Z',
};
const REGISTERED: ItemBefore = { workflowState: 'registered', extendedUntil: null, assigneeId: null };
const templates = (notices: { template: string }[]) => notices.map((n) => n.template);

describe('who is told what when a register item is written', () => {
  it('acknowledges a new appeal to the applicant, keyed by the item', () => {
    expect(registerChangeNotices('appeal', APPEAL, null)).toEqual([
      {
        template: 'acknowledgment',
        recipient: 'taras@example.org',
        idempotencyKey: 'appeal:doc-1:acknowledgment',
        data: { item: ITEM, recipientName: 'Шевченко Тарас Григорович' },
      },
    ]);
  });

  it('tells nobody of an update that changes nothing they are told about', () => {
    expect(registerChangeNotices('appeal', { ...APPEAL, workflowState: 'in_progress' }, REGISTERED)).toEqual([]);
  });

  it('writes nothing to the applicant of an anonymous appeal, even with an address on file', () => {
    const anonymous = { ...APPEAL, authorKind: 'anonymous', workflowState: 'not_considered' };
    expect(registerChangeNotices('appeal', anonymous, null)).toEqual([]);
  });

  it('writes nothing to an applicant without an e-mail address', () => {
    const onPaper = { ...APPEAL, person: { fullName: 'Шевченко Тарас Григорович', email: '' } };
    expect(registerChangeNotices('appeal', onPaper, null)).toEqual([]);
  });

  it('tells the applicant of a new extension (Art. 20): reason, new due instant, keyed by the date', () => {
    const extended = { ...APPEAL, extendedUntil: '2026-04-15', extensionReason: 'потрібна перевірка на місці', dueAt: '2026-04-15T20:59:59.999Z' };
    expect(registerChangeNotices('appeal', extended, REGISTERED)).toEqual([
      {
        template: 'extension_notice',
        recipient: 'taras@example.org',
        idempotencyKey: 'appeal:doc-1:extension_notice:2026-04-15',
        data: {
          item: { ...ITEM, dueAt: '2026-04-15T20:59:59.999Z' },
          reason: 'потрібна перевірка на місці',
          newDueAt: '2026-04-15T20:59:59.999Z',
          recipientName: 'Шевченко Тарас Григорович',
        },
      },
    ]);
  });

  it('does not repeat the extension notice while the extension stays the same, and sends a new one for a new date', () => {
    const extended = { ...APPEAL, extendedUntil: '2026-04-15', extensionReason: 'обсяг' };
    expect(registerChangeNotices('appeal', extended, { ...REGISTERED, extendedUntil: '2026-04-15' })).toEqual([]);
    const moved = registerChangeNotices('appeal', { ...extended, extendedUntil: '2026-04-16' }, { ...REGISTERED, extendedUntil: '2026-04-15' });
    expect(moved.map((n) => n.idempotencyKey)).toEqual(['appeal:doc-1:extension_notice:2026-04-16']);
  });

  it('falls back to the extension date as the new term when the due instant is unknown, and to an empty reason', () => {
    const [notice] = registerChangeNotices('appeal', { ...APPEAL, dueAt: null, extendedUntil: '2026-04-15' }, REGISTERED);
    expect(notice.data).toMatchObject({ newDueAt: '2026-04-15', reason: '' });
  });

  it('tells the applicant where the appeal was forwarded (Art. 7), once: on entering the state', () => {
    const forwarded = { ...APPEAL, workflowState: 'forwarded', forwardedTo: 'Обласна державна адміністрація' };
    expect(registerChangeNotices('appeal', forwarded, REGISTERED)).toEqual([
      {
        template: 'forwarding_notice',
        recipient: 'taras@example.org',
        idempotencyKey: 'appeal:doc-1:forwarding_notice',
        data: { item: ITEM, forwardedTo: 'Обласна державна адміністрація', recipientName: 'Шевченко Тарас Григорович' },
      },
    ]);
    expect(registerChangeNotices('appeal', forwarded, { ...REGISTERED, workflowState: 'forwarded' })).toEqual([]);
  });

  it('sends the answer itself to an applicant who wrote electronically', () => {
    const answered = { ...APPEAL, workflowState: 'answered', answerText: 'Дах відремонтують у травні.', answeredAt: '2026-03-20T10:00:00.000Z' };
    expect(registerChangeNotices('appeal', answered, { ...REGISTERED, workflowState: 'in_progress' })).toEqual([
      {
        template: 'answer',
        recipient: 'taras@example.org',
        idempotencyKey: 'appeal:doc-1:answer',
        data: {
          item: ITEM,
          answerText: 'Дах відремонтують у травні.',
          answeredAt: '2026-03-20T10:00:00.000Z',
          recipientName: 'Шевченко Тарас Григорович',
        },
      },
    ]);
  });

  it('answers a letter on paper on paper: no answer e-mail for a written appeal, nor for an empty answer', () => {
    const answered = { ...APPEAL, workflowState: 'answered', answerText: 'Відповідь', channel: 'written' };
    expect(registerChangeNotices('appeal', answered, REGISTERED)).toEqual([]);
    expect(registerChangeNotices('appeal', { ...answered, channel: 'email', answerText: null }, REGISTERED)).toEqual([]);
  });

  it('uses each register its own electronic channels', () => {
    const request = { ...APPEAL, authorKind: null, workflowState: 'answered', answerText: 'Інформацію надано.' };
    const viaForm = registerChangeNotices('information_request', { ...request, channel: 'website_form' }, REGISTERED);
    expect(viaForm.map((n) => [n.template, n.idempotencyKey])).toEqual([['answer', 'information_request:doc-1:answer']]);
    expect(registerChangeNotices('information_request', { ...request, channel: 'website' }, REGISTERED)).toEqual([]);
    expect(templates(registerChangeNotices('appeal', { ...request, channel: 'website' }, REGISTERED))).toEqual(['answer']);
    expect(registerChangeNotices('appeal', { ...request, channel: 'website_form' }, REGISTERED)).toEqual([]);
  });

  it('tells a newly named executor, keyed by the executor, and not again while they stay', () => {
    const assignee = { documentId: 'person-7', fullName: 'Коваль Олена', email: 'koval@rada.example' };
    const assigned = { ...APPEAL, workflowState: 'assigned', assignee };
    expect(registerChangeNotices('appeal', assigned, REGISTERED)).toEqual([
      {
        template: 'assignment',
        recipient: 'koval@rada.example',
        idempotencyKey: 'appeal:doc-1:assignment:person-7',
        data: { item: ITEM, assigneeName: 'Коваль Олена' },
      },
    ]);
    expect(registerChangeNotices('appeal', assigned, { ...REGISTERED, assigneeId: 'person-7' })).toEqual([]);
    expect(registerChangeNotices('appeal', { ...assigned, assignee: { ...assignee, email: null } }, REGISTERED)).toEqual([]);
  });

  it('tells the executor even when the applicant is anonymous, and both on a new appeal with an executor', () => {
    const assignee = { documentId: 'person-7', fullName: null, email: 'koval@rada.example' };
    expect(templates(registerChangeNotices('appeal', { ...APPEAL, authorKind: 'anonymous', assignee }, null))).toEqual(['assignment']);
    const both = registerChangeNotices('appeal', { ...APPEAL, workflowState: 'assigned', assignee }, null);
    expect(both.map((n) => [n.template, n.recipient])).toEqual([
      ['acknowledgment', 'taras@example.org'],
      ['assignment', 'koval@rada.example'],
    ]);
    expect(both[1].data).toEqual({ item: ITEM, assigneeName: null });
  });
});
