/**
 * Demo data (invented citizens and a demo administrator) belongs to a developer's laptop, never to a council's server.
 * SEED_DEMO_DATA=true / false decides explicitly; left empty, demo data is seeded only by `npm run dev`
 * (`strapi develop`, the only start with auto-reload), so `npm start` on an empty database starts empty and asks for
 * the first administrator as Strapi does.
 */
export function demoDataWanted(setting: string | undefined, developMode: boolean): boolean {
  const value = (setting ?? '').trim().toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (value === '') return developMode;
  throw new Error(`SEED_DEMO_DATA=${setting}: очікується true, false або порожнє значення (демо-дані лише для npm run dev).`);
}
