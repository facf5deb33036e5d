import {
  dateProblem,
  datetimeProblem,
  decimalProblem,
  filterOperandProblem,
  findUnsafeSpot,
  integerProblem,
  jsonProblem,
  scalarProblem,
  timeProblem,
} from '../../../../src/domain/input/values';

const code = (p: { code: string } | null) => p?.code ?? null;

describe('values a column can hold', () => {
  it('integers: int32 for integer, int64 for biginteger, numbers or digit strings only', () => {
    expect(integerProblem(2147483647, 32)).toBeNull();
    expect(integerProblem(-2147483648, 32)).toBeNull();
    expect(integerProblem('42', 32)).toBeNull();
    expect(code(integerProblem(2147483648, 32))).toBe('input.integer_range');
    expect(code(integerProblem(-2147483649, 32))).toBe('input.integer_range');
    expect(code(integerProblem(1e20, 32))).toBe('input.integer_range');
    expect(integerProblem('9223372036854775807', 64)).toBeNull();
    expect(code(integerProblem('9223372036854775808', 64))).toBe('input.integer_range');
    expect(code(integerProblem(1.5, 32))).toBe('input.integer');
    expect(code(integerProblem('abc', 32))).toBe('input.integer');
    expect(code(integerProblem('1e3', 32))).toBe('input.integer');
  });

  it('decimals: decimal(10, 2) holds less than 100 000 000', () => {
    expect(decimalProblem(99999999.99)).toBeNull();
    expect(decimalProblem('12345.5')).toBeNull();
    expect(decimalProblem(-99999999.99)).toBeNull();
    expect(code(decimalProblem(1e12))).toBe('input.decimal_range');
    expect(code(decimalProblem(100000000))).toBe('input.decimal_range');
    expect(code(decimalProblem(99999999.999))).toBe('input.decimal_range');
    expect(code(decimalProblem('abc'))).toBe('input.decimal');
    expect(code(decimalProblem(Infinity))).toBe('input.decimal');
  });

  it('dates: a day that exists, years 1–9999', () => {
    expect(dateProblem('2028-02-29')).toBeNull();
    expect(dateProblem('2026-03-02T10:00:00Z')).toBeNull();
    expect(dateProblem(new Date('2026-03-02T00:00:00Z'))).toBeNull();
    expect(code(dateProblem('2026-02-30'))).toBe('input.date');
    expect(code(dateProblem('2027-02-29'))).toBe('input.date');
    expect(code(dateProblem('+099999-01-01'))).toBe('input.date');
    expect(code(dateProblem('10000-01-01'))).toBe('input.date');
    expect(code(dateProblem('0000-01-01'))).toBe('input.date');
    expect(code(dateProblem('вчора'))).toBe('input.date');
  });

  it('instants: ISO 8601 or a timestamp, a day that exists, years 1–9999', () => {
    expect(datetimeProblem('2026-03-02T09:30:00Z')).toBeNull();
    expect(datetimeProblem('2026-03-02T09:30:00.123+02:00')).toBeNull();
    expect(datetimeProblem(1767225600000)).toBeNull();
    expect(code(datetimeProblem('2026-02-30T10:00:00Z'))).toBe('input.datetime');
    expect(code(datetimeProblem('2026-13-01T00:00:00Z'))).toBe('input.datetime');
    expect(code(datetimeProblem('+099999-01-01T00:00:00.000Z'))).toBe('input.datetime');
    expect(code(datetimeProblem(8.64e15))).toBe('input.datetime');
    expect(code(datetimeProblem('March 2, 2026'))).toBe('input.datetime');
  });

  it('times: HH:mm[:ss[.SSS]]', () => {
    expect(timeProblem('09:30')).toBeNull();
    expect(timeProblem('23:59:59.999')).toBeNull();
    expect(code(timeProblem('25:00:00'))).toBe('input.time');
  });

  it('JSON: a string must be JSON text; no NUL; at most 32 levels', () => {
    expect(jsonProblem([3, 1])).toBeNull();
    expect(jsonProblem('[3, 1]')).toBeNull();
    expect(jsonProblem('"soon"')).toBeNull();
    expect(code(jsonProblem('soon'))).toBe('input.json');
    expect(code(jsonProblem({ a: 'x\u0000' }))).toBe('input.nul');
    expect(code(jsonProblem({ ['k\u0000']: 1 }))).toBe('input.nul');
    const deep = JSON.parse(`${'['.repeat(33)}${']'.repeat(33)}`);
    expect(code(jsonProblem(deep))).toBe('input.depth');
    expect(jsonProblem(JSON.parse(`${'['.repeat(32)}${']'.repeat(32)}`))).toBeNull();
  });

  it('text of every kind refuses NUL and accepts the rest', () => {
    for (const type of ['string', 'text', 'richtext', 'email', 'uid', 'password', 'enumeration']) {
      expect(code(scalarProblem(type, 'a\u0000b'))).toBe('input.nul');
      expect(scalarProblem(type, 'Шевченко Т. Г.')).toBeNull();
      expect(code(scalarProblem(type, { $gt: 1 }))).toBe('input.text');
      expect(code(scalarProblem(type, ['a']))).toBe('input.text');
    }
    expect(scalarProblem('integer', null)).toBeNull();
    expect(code(scalarProblem('boolean', 'можливо'))).toBe('input.boolean');
    expect(scalarProblem('boolean', 'true')).toBeNull();
    expect(scalarProblem('boolean', false)).toBeNull();
  });

  it('filter operands: query strings of numbers and dates are checked like values', () => {
    expect(filterOperandProblem('integer', '12')).toBeNull();
    expect(code(filterOperandProblem('decimal', 'abc'))).toBe('input.decimal');
    expect(code(filterOperandProblem('date', '2026-02-30'))).toBe('input.date');
    expect(code(filterOperandProblem('string', 'a\u0000b'))).toBe('input.nul');
    expect(filterOperandProblem('integer', true)).toBeNull();
  });

  it('finds NUL, broken encoding and excess depth anywhere, 100 000 levels deep without recursion', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(findUnsafeSpot(deep, 64)?.problem.code).toBe('input.depth');
    expect(findUnsafeSpot(deep, 64)?.path).toHaveLength(64);
    expect(findUnsafeSpot({ data: { kpis: [{ metric: 'a\u0000' }] } }, 64)?.path).toEqual(['data', 'kpis', '0', 'metric']);
    expect(findUnsafeSpot({ text: 'a\uFFFDb' }, 64)).toBeNull();
    expect(findUnsafeSpot({ text: 'a\uFFFDb' }, 64, { encoding: true })?.problem.code).toBe('input.encoding');
    expect(findUnsafeSpot({ data: { title: 'Нормальний текст', when: new Date() } }, 64)).toBeNull();
  });
});
