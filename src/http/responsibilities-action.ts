import { kyivDate } from '../domain/calendar';
import { responsibilityView } from '../domain/duties/responsibility';
import { readIsoDate } from '../documents/input';
import { loadRoutingInput } from '../documents/routing-input';

/**
 * GET /api/responsibilities?date=YYYY-MM-DD (default: today in Kyiv) — for each staff member the duties held and
 * covered as a substitute, for each competence who receives new items; the same data and rule routing uses.
 */
export async function responsibilitiesAction(ctx: any): Promise<void> {
  const onDate = readIsoDate(ctx.query?.date, 'date') ?? kyivDate(new Date());
  const input = await loadRoutingInput(strapi, 'hotline_appeals', onDate);
  ctx.body = { data: responsibilityView({ onDate, positions: input.positions, instructions: input.instructions, absences: input.absences }) };
}
