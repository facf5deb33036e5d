import { kyivMonthOf, kyivMonthsBetween, splitIntoMonths, statisticsPeriod } from '../../../src/domain/statistics/period';

const iso = (d: Date) => d.toISOString();

describe('Kyiv months of the statistics roll-up', () => {
  it('puts an instant in its Kyiv month, across the change to summer and back to winter time', () => {
    // 31 March 2012 20:30Z is 23:30 in Kyiv (UTC+3 since 25 March), 21:30Z is 1 April
    expect(kyivMonthOf(new Date('2012-03-31T20:30:00.000Z')).key).toBe('2012-03');
    expect(kyivMonthOf(new Date('2012-03-31T21:30:00.000Z')).key).toBe('2012-04');
    // 31 October 2012 21:30Z is 23:30 in Kyiv (UTC+2 since 28 October), 22:30Z is 1 November
    expect(kyivMonthOf(new Date('2012-10-31T21:30:00.000Z')).key).toBe('2012-10');
    const november = kyivMonthOf(new Date('2012-10-31T22:30:00.000Z'));
    expect([november.key, iso(november.start), iso(november.next)]).toEqual(['2012-11', '2012-10-31T22:00:00.000Z', '2012-11-30T22:00:00.000Z']);
    const april = kyivMonthOf(new Date('2012-04-15T00:00:00.000Z'));
    expect([iso(april.start), iso(april.next)]).toEqual(['2012-03-31T21:00:00.000Z', '2012-04-30T21:00:00.000Z']);
  });

  it('lists every month between two instants, each starting where the previous one ends', () => {
    const months = kyivMonthsBetween(new Date('2012-11-20T00:00:00.000Z'), new Date('2013-02-01T00:00:00.000Z'));
    expect(months.map((m) => m.key)).toEqual(['2012-11', '2012-12', '2013-01', '2013-02']);
    for (let i = 1; i < months.length; i++) expect(months[i].start).toEqual(months[i - 1].next);
    expect(kyivMonthsBetween(new Date('2013-02-01T00:00:00.000Z'), new Date('2012-11-20T00:00:00.000Z'))).toEqual([]);
  });

  it('cuts a period into whole months and the partial days at its edges, with no gap and no overlap', () => {
    const split = splitIntoMonths(statisticsPeriod('2012-02-15', '2013-01-10'));
    expect(split.months.map((m) => m.key)).toEqual(['2012-03', '2012-04', '2012-05', '2012-06', '2012-07', '2012-08', '2012-09', '2012-10', '2012-11', '2012-12']);
    expect(split.edges.map((e) => [iso(e.start), iso(e.end), e.endExclusive])).toEqual([
      ['2012-02-14T22:00:00.000Z', '2012-02-29T22:00:00.000Z', true],
      ['2012-12-31T22:00:00.000Z', '2013-01-10T21:59:59.999Z', false],
    ]);
    expect(split.edges[0].end).toEqual(split.months[0].start);
    expect(split.edges[1].start).toEqual(split.months[split.months.length - 1].next);
  });

  it('serves whole months alone, and a period inside one month as a single edge', () => {
    const whole = splitIntoMonths(statisticsPeriod('2012-01-01', '2013-12-31'));
    expect([whole.months.length, whole.months[0].key, whole.months[23].key, whole.edges]).toEqual([24, '2012-01', '2013-12', []]);
    const one = splitIntoMonths(statisticsPeriod('2012-04-01', '2012-04-30'));
    expect([one.months.map((m) => m.key), one.edges]).toEqual([['2012-04'], []]);
    const day = splitIntoMonths(statisticsPeriod('2012-04-01', '2012-04-01'));
    expect(day.months).toEqual([]);
    expect(day.edges.map((e) => [iso(e.start), iso(e.end), e.endExclusive])).toEqual([['2012-03-31T21:00:00.000Z', '2012-04-01T20:59:59.999Z', false]]);
    const across = splitIntoMonths(statisticsPeriod('2012-03-20', '2012-04-05'));
    expect([across.months, across.edges.length]).toEqual([[], 1]);
  });
});
