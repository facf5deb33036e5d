import { storedIsoDate, storedIsoInstant } from '../../../src/documents/stored-values';

describe('database date → ISO date', () => {
  it('keeps the text both databases return for a date column', () => {
    expect(storedIsoDate('2026-03-02')).toBe('2026-03-02');
    expect(storedIsoDate('2026-12-31T00:00:00.000Z')).toBe('2026-12-31');
  });

  it('reads a Date made from such text by its UTC fields, whatever the process time zone', () => {
    expect(storedIsoDate(new Date('2026-03-02'))).toBe('2026-03-02');
    expect(storedIsoDate(new Date(Date.UTC(2026, 0, 1)))).toBe('2026-01-01');
    expect(storedIsoDate(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-01');
  });

  it('answers null for an empty or unreadable value', () => {
    expect(storedIsoDate(null)).toBeNull();
    expect(storedIsoDate(undefined)).toBeNull();
    expect(storedIsoDate('')).toBeNull();
    expect(storedIsoDate(new Date('not a date'))).toBeNull();
  });
});

describe('database instant → ISO instant', () => {
  it('writes a datetime column in UTC from a Date, text or a timestamp', () => {
    expect(storedIsoInstant(new Date('2026-03-02T07:30:00Z'))).toBe('2026-03-02T07:30:00.000Z');
    expect(storedIsoInstant('2026-03-02T09:30:00+02:00')).toBe('2026-03-02T07:30:00.000Z');
    expect(storedIsoInstant(Date.UTC(2026, 2, 2, 7, 30))).toBe('2026-03-02T07:30:00.000Z');
  });

  it('answers null for an empty or unreadable value', () => {
    expect(storedIsoInstant(null)).toBeNull();
    expect(storedIsoInstant('')).toBeNull();
    expect(storedIsoInstant('yesterday')).toBeNull();
  });
});
