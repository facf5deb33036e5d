import { demoDataWanted } from '../../../src/bootstrap/config/demo-data';

describe('demo data', () => {
  it('is seeded by default only under npm run dev (develop mode)', () => {
    expect(demoDataWanted(undefined, true)).toBe(true);
    expect(demoDataWanted('', true)).toBe(true);
    expect(demoDataWanted(undefined, false)).toBe(false);
    expect(demoDataWanted('  ', false)).toBe(false);
  });

  it('follows an explicit setting whatever the command', () => {
    expect(demoDataWanted('true', false)).toBe(true);
    expect(demoDataWanted('TRUE', false)).toBe(true);
    expect(demoDataWanted('false', true)).toBe(false);
  });

  it('refuses a value it cannot read instead of guessing', () => {
    expect(() => demoDataWanted('yes', true)).toThrow('SEED_DEMO_DATA=yes: очікується true, false або порожнє значення');
  });
});
