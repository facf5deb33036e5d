import { privateQueryField, privateQueryMessage, publicPopulateOnly, type PublicQueryModel } from '../../../../src/domain/access/public-query';

const ATTRIBUTES: Record<string, Record<string, { type: string; target?: string; component?: string }>> = {
  campaign: { title: { type: 'string' }, finalReport: { type: 'text' }, kpis: { type: 'component', component: 'kpi' }, responsible: { type: 'relation', target: 'staff' } },
  event: { title: { type: 'string' }, campaign: { type: 'relation', target: 'campaign' }, notes: { type: 'text' } },
  kpi: { metric: { type: 'string' }, actual: { type: 'decimal' } },
  staff: { name: { type: 'string' } },
};
const PUBLIC: Record<string, string[]> = { campaign: ['id', 'title'], event: ['id', 'title', 'campaign'] };

const model: PublicQueryModel = {
  attributes: (uid) => ATTRIBUTES[uid],
  isPublic: (uid, field) => (PUBLIC[uid] ?? []).includes(field),
};

describe('a public query names only public fields', () => {
  it.each([
    [{ filters: { finalReport: { $containsi: 'x' } } }, 'filters', 'finalReport'],
    [{ filters: { $or: [{ title: { $eq: 'a' } }, { $not: { finalReport: { $null: true } } }] } }, 'filters', 'finalReport'],
    [{ filters: { $and: [{ campaign: { kpis: { actual: { $gt: 1 } } } }] } }, 'filters', 'campaign.kpis'],
    [{ filters: { campaign: { responsible: { name: { $eq: 'x' } } } } }, 'filters', 'campaign.responsible'],
    [{ sort: 'title:asc,campaign.finalReport:desc' }, 'sort', 'campaign.finalReport'],
    [{ sort: [{ campaign: { finalReport: 'asc' } }] }, 'sort', 'campaign.finalReport'],
    [{ sort: ['title', 'notes:desc'] }, 'sort', 'notes'],
    [{ fields: ['title', 'notes'] }, 'fields', 'notes'],
    [{ populate: 'campaign.kpis' }, 'populate', 'campaign.kpis'],
    [{ populate: { campaign: { fields: ['finalReport'] } } }, 'fields', 'campaign.finalReport'],
    [{ populate: { campaign: { filters: { finalReport: { $eq: 'x' } } } } }, 'filters', 'campaign.finalReport'],
    [{ populate: { campaign: { populate: ['responsible'] } } }, 'populate', 'campaign.responsible'],
    [{ populate: { 0: 'campaign', 1: 'notes' } }, 'populate', 'notes'],
  ])('%j → %s %s', (params, param, path) => {
    expect(privateQueryField('event', params as any, model)).toEqual({ param, path });
  });

  it.each([
    [{ filters: { title: { $containsi: 'x' }, campaign: { title: { $eq: 'y' }, id: { $in: [1, 2] } } } }],
    [{ filters: { $or: [{ title: { $eq: 'a' } }, { campaign: { $null: true } }] } }],
    [{ sort: ['title:desc', 'campaign.title'], fields: ['title'], populate: '*' }],
    [{ populate: { campaign: { fields: ['title'], sort: 'title', filters: { title: { $eq: 'x' } } } } }],
    [{ populate: 'campaign' }],
    [{}],
  ])('%j passes', (params) => {
    expect(privateQueryField('event', params as any, model)).toBeNull();
  });

  it('reads GraphQL filter inputs: bare operators, and/or/not', () => {
    const { privateFilterPath } = jest.requireActual('../../../../src/domain/access/public-query');
    expect(privateFilterPath('event', { or: [{ title: { containsi: 'x' } }, { campaign: { finalReport: { eq: 'y' } } }] }, model, '', 'graphql')).toBe('campaign.finalReport');
    expect(privateFilterPath('event', { not: { title: { eq: 'x' } }, campaign: { title: { null: true } } }, model, '', 'graphql')).toBeNull();
  });

  it('says in Ukrainian which field and what is allowed', () => {
    expect(privateQueryMessage({ param: 'sort', path: 'campaign.finalReport' })).toBe(
      'Не можна сортувати за полем «campaign.finalReport»: воно не є публічним. Публічний API дозволяє фільтрувати, сортувати, вибирати й додавати (populate) лише публічні поля (див. docs/PUBLIC_API.md).',
    );
  });

  it('cuts the populate the server expands from a wildcard to the public relations and components', () => {
    expect(publicPopulateOnly('event', '*', model)).toEqual({ campaign: true });
    expect(publicPopulateOnly('campaign', '*', model)).toEqual({});
    expect(publicPopulateOnly('event', { campaign: { populate: { kpis: true, responsible: true } }, notes: true }, model)).toEqual({ campaign: { populate: {} } });
    expect(publicPopulateOnly('event', 'campaign,campaign.kpis', model)).toBe('campaign');
    expect(publicPopulateOnly('event', ['campaign', 'campaign.responsible'], model)).toEqual(['campaign']);
  });
});
