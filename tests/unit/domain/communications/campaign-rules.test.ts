import { CampaignSnapshot, checkCampaign, checkEventWithinCampaign } from '../../../../src/domain/communications/rules';
import { CAMPAIGN_STATE_TABLE } from '../../../../src/domain/communications/campaign-states';
import { CAMPAIGN_STATES, CampaignState } from '../../../../src/domain/communications/vocabulary';

/** A campaign that satisfies every state's requirements, so only the rule under test can refuse it. */
function campaign(overrides: Partial<CampaignSnapshot> = {}): CampaignSnapshot {
  return {
    title: 'Безпечна зима',
    goal: 'Розповісти мешканцям про пункти незламності',
    startsOn: '2026-01-10',
    endsOn: '2026-02-28',
    campaignState: 'planned',
    channels: ['website', 'facebook'],
    responsibleId: 7,
    kpis: [
      { metric: 'охоплення публікацій', unit: 'осіб', target: 20000, actual: 23500 },
      { metric: 'зустрічі з мешканцями', unit: null, target: 10, actual: 12 },
    ],
    finalReport: 'Проведено 12 зустрічей, охоплення 23 500 осіб.',
    ...overrides,
  };
}

function ruleOf(before: CampaignSnapshot | null, after: CampaignSnapshot): string | null {
  return checkCampaign({ before, after })?.rule ?? null;
}

/** Written out independently of the code so any change to it is deliberate. */
const ALLOWED: Record<CampaignState, CampaignState[]> = {
  planned: ['active', 'cancelled'],
  active: ['completed', 'cancelled'],
  completed: [],
  cancelled: ['planned'],
};

describe('campaign state table', () => {
  it('has the four states of the contract', () => {
    expect([...CAMPAIGN_STATES]).toEqual(['planned', 'active', 'completed', 'cancelled']);
    expect(Object.fromEntries(CAMPAIGN_STATES.map((s) => [s, [...CAMPAIGN_STATE_TABLE[s].next]]))).toEqual(ALLOWED);
  });

  const pairs = CAMPAIGN_STATES.flatMap((from) =>
    CAMPAIGN_STATES.filter((to) => to !== from).map((to) => [from, to] as const),
  );
  it.each(pairs)('%s → %s', (from, to) => {
    const rule = ruleOf(campaign({ campaignState: from }), campaign({ campaignState: to }));
    expect(rule).toBe(ALLOWED[from].includes(to) ? null : 'campaign.transition_not_allowed');
  });

  it('names the possible states when refusing', () => {
    expect(
      checkCampaign({
        before: campaign({ campaignState: 'planned' }),
        after: campaign({ campaignState: 'completed' }),
      }),
    ).toEqual({
      field: 'campaignState',
      rule: 'campaign.transition_not_allowed',
      message:
        'Перехід кампанії зі стану «запланована» у стан «завершена» не передбачено. Можливі стани: «триває», «скасована».',
    });
    expect(
      checkCampaign({ before: campaign({ campaignState: 'completed' }), after: campaign({ campaignState: 'active' }) })
        ?.message,
    ).toBe(
      'Кампанія у стані «завершена» більше не змінює стан: звіт про неї вже подано керівництву. Для нового етапу створіть нову кампанію.',
    );
  });

  it('lets a new campaign be entered in any state its data supports', () => {
    for (const state of CAMPAIGN_STATES) expect(ruleOf(null, campaign({ campaignState: state }))).toBeNull();
  });

  it('refuses an unknown state', () => {
    expect(ruleOf(null, campaign({ campaignState: 'archived' as CampaignState }))).toBe('campaign.state_unknown');
  });
});

describe('campaign period', () => {
  it('accepts an open end, a one-day campaign and no dates at all while planned', () => {
    expect(ruleOf(null, campaign({ endsOn: null }))).toBeNull();
    expect(ruleOf(null, campaign({ startsOn: '2026-03-01', endsOn: '2026-03-01' }))).toBeNull();
    expect(ruleOf(null, campaign({ startsOn: null, endsOn: null }))).toBeNull();
  });

  it('refuses an end before the start', () => {
    expect(checkCampaign({ before: null, after: campaign({ startsOn: '2026-03-05', endsOn: '2026-03-04' }) })).toEqual({
      field: 'endsOn',
      rule: 'campaign.period_reversed',
      message:
        'Дата завершення кампанії 04.03.2026 раніша за дату початку 05.03.2026. ' +
        'Виправте період кампанії: завершення — того ж дня, що й початок, або пізніше.',
    });
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(ruleOf(null, campaign({ startsOn: '05.03.2026' }))).toBe('campaign.starts_on_invalid');
    expect(ruleOf(null, campaign({ endsOn: '2026-02-30' }))).toBe('campaign.ends_on_invalid');
  });
});

describe('what an active campaign needs', () => {
  const active = (overrides: Partial<CampaignSnapshot>) => campaign({ campaignState: 'active', ...overrides });

  it('at least one channel', () => {
    expect(checkCampaign({ before: campaign(), after: active({ channels: [] }) })).toEqual({
      field: 'channels',
      rule: 'campaign.active_channel_required',
      message:
        'Щоб розпочати кампанію (стан «триває»), оберіть хоча б один канал комунікації: вебсайт, соціальні мережі, ' +
        'ЗМІ чи заходи (п. 3.1 Положення про сектор роботи з громадськістю).',
    });
  });

  it('a responsible person', () => {
    expect(ruleOf(campaign(), active({ responsibleId: null }))).toBe('campaign.active_responsible_required');
    expect(ruleOf(campaign(), active({ responsibleId: '' }))).toBe('campaign.active_responsible_required');
    expect(ruleOf(campaign(), active({ responsibleId: 'abc123' }))).toBeNull();
  });

  it('a start date', () => {
    expect(ruleOf(campaign(), active({ startsOn: null }))).toBe('campaign.active_start_required');
  });

  it('keeps needing them while it stays active', () => {
    expect(ruleOf(active({}), active({ channels: [] }))).toBe('campaign.active_channel_required');
  });

  it('only known channels', () => {
    expect(ruleOf(null, campaign({ channels: ['website', 'tiktok'] }))).toBe('campaign.channel_unknown');
  });

  it('a planned campaign needs none of them', () => {
    expect(ruleOf(null, campaign({ channels: [], responsibleId: null, startsOn: null }))).toBeNull();
  });
});

describe('what a completed campaign needs', () => {
  const completed = (overrides: Partial<CampaignSnapshot>) => campaign({ campaignState: 'completed', ...overrides });
  const active = campaign({ campaignState: 'active' });

  it('a final report that is not blank', () => {
    expect(ruleOf(active, completed({ finalReport: '   ' }))).toBe('campaign.completed_report_required');
    expect(ruleOf(active, completed({ finalReport: null }))).toBe('campaign.completed_report_required');
  });

  it('the actual value of every KPI, listing the missing ones', () => {
    const kpis = [
      { metric: 'охоплення публікацій', target: 20000, actual: null },
      { metric: 'зустрічі з мешканцями', target: 10, actual: 0 },
      { metric: 'кількість звернень', target: 5, actual: null },
    ];
    expect(checkCampaign({ before: active, after: completed({ kpis }) })).toEqual({
      field: 'kpis',
      rule: 'campaign.completed_kpi_actual_required',
      message:
        'Щоб завершити кампанію, внесіть фактичні значення всіх показників; не заповнено: «охоплення публікацій», ' +
        '«кількість звернень». Без них звіт не показує, чи досягнуто мети (п. 3.1 Положення про сектор роботи з громадськістю).',
    });
  });

  it('an end date', () => {
    expect(ruleOf(active, completed({ endsOn: null }))).toBe('campaign.completed_end_required');
  });

  it('accepts zero as an actual value and no KPIs at all', () => {
    expect(ruleOf(active, completed({ kpis: [{ metric: 'скарги', target: 0, actual: 0 }] }))).toBeNull();
    expect(ruleOf(active, completed({ kpis: [] }))).toBeNull();
  });
});

describe('KPIs', () => {
  it('need a metric and numeric values', () => {
    expect(ruleOf(null, campaign({ kpis: [{ metric: ' ', target: 1, actual: null }] }))).toBe(
      'campaign.kpi_metric_required',
    );
    expect(ruleOf(null, campaign({ kpis: [{ metric: 'охоплення', target: Number.NaN, actual: null }] }))).toBe(
      'campaign.kpi_value_invalid',
    );
  });
});

it('checkCampaign never mutates its input', () => {
  const before = Object.freeze(campaign({ campaignState: 'active' }));
  const after = Object.freeze(campaign({ campaignState: 'completed', kpis: [] }));
  const copy = JSON.parse(JSON.stringify({ before, after }));
  expect(checkCampaign({ before, after })).toBeNull();
  expect({ before, after }).toEqual(copy);
});

describe('checkEventWithinCampaign (Kyiv calendar dates)', () => {
  const march = { startsOn: '2026-03-02', endsOn: '2026-03-31' };

  it('accepts an event inside the campaign, and one with no end', () => {
    expect(
      checkEventWithinCampaign(
        { startsAt: new Date('2026-03-10T10:00:00+02:00'), endsAt: new Date('2026-03-10T12:00:00+02:00') },
        march,
      ),
    ).toBeNull();
    expect(
      checkEventWithinCampaign({ startsAt: new Date('2026-03-10T10:00:00+02:00'), endsAt: null }, march),
    ).toBeNull();
  });

  it('the first day starts at midnight Kyiv, not UTC', () => {
    // 22:30 UTC on 1 March is 00:30 on 2 March in Kyiv (UTC+2).
    expect(checkEventWithinCampaign({ startsAt: new Date('2026-03-01T22:30:00Z'), endsAt: null }, march)).toBeNull();
    expect(checkEventWithinCampaign({ startsAt: new Date('2026-03-01T21:30:00Z'), endsAt: null }, march)).toEqual({
      field: 'startsAt',
      rule: 'event.before_campaign',
      message:
        'Захід починається 01.03.2026 23:30, до початку кампанії (з 02.03.2026 по 31.03.2026). ' +
        'Перенесіть захід у межі кампанії або змініть її період.',
    });
  });

  it('the last day ends at midnight Kyiv (summer time, UTC+3, from 29 March)', () => {
    const startsAt = new Date('2026-03-31T17:00:00Z');
    expect(checkEventWithinCampaign({ startsAt, endsAt: new Date('2026-03-31T20:30:00Z') }, march)).toBeNull();
    expect(checkEventWithinCampaign({ startsAt, endsAt: new Date('2026-03-31T21:30:00Z') }, march)).toEqual({
      field: 'endsAt',
      rule: 'event.after_campaign',
      message:
        'Захід триває до 01.04.2026 00:30, після завершення кампанії (з 02.03.2026 по 31.03.2026). ' +
        'Перенесіть захід у межі кампанії або змініть її період.',
    });
  });

  it('an event without an end is checked by its start against the campaign end', () => {
    expect(
      checkEventWithinCampaign({ startsAt: new Date('2026-04-01T09:00:00+03:00'), endsAt: null }, march)?.field,
    ).toBe('startsAt');
  });

  it('refuses an end before the start, with or without a campaign', () => {
    const event = { startsAt: new Date('2026-03-10T12:00:00+02:00'), endsAt: new Date('2026-03-10T11:00:00+02:00') };
    const refusal = {
      field: 'endsAt',
      rule: 'event.ends_before_start',
      message:
        'Захід не може завершитися (10.03.2026 11:00) раніше, ніж почався (10.03.2026 12:00). Виправте час завершення.',
    };
    expect(checkEventWithinCampaign(event, march)).toEqual(refusal);
    expect(checkEventWithinCampaign(event, null)).toEqual(refusal);
  });

  it('an event of no campaign, or of an open-ended one, is not bounded', () => {
    expect(
      checkEventWithinCampaign({ startsAt: new Date('2030-01-01T10:00:00+02:00'), endsAt: null }, null),
    ).toBeNull();
    expect(
      checkEventWithinCampaign(
        { startsAt: new Date('2030-01-01T10:00:00+02:00'), endsAt: null },
        { startsOn: '2026-03-02', endsOn: null },
      ),
    ).toBeNull();
  });

  it('refuses an invalid start', () => {
    expect(checkEventWithinCampaign({ startsAt: new Date('nonsense'), endsAt: null }, march)?.rule).toBe(
      'event.starts_at_invalid',
    );
  });
});
