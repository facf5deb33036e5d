import type { Core } from '@strapi/strapi';

/**
 * Relation pickers of the admin panel name people and topics as people say them: a staff member as «Петренко Ольга
 * Іванівна — головний спеціаліст», a topic as «006 Житлово-комунальне господарство». The content manager shows a
 * related record by one field (its main field); the answers of its relation routes get that field's text widened
 * here, nothing stored changes and the search still runs on the main field.
 */
const LABELLED: Record<string, { mainField: string; select: string[]; label: (row: any) => string }> = {
  'api::staff-member.staff-member': {
    mainField: 'fullName',
    select: ['fullName', 'positionTitle'],
    label: (row) => staffLabel(row.fullName, row.positionTitle),
  },
  'api::classifier-topic.classifier-topic': {
    mainField: 'title',
    select: ['code', 'title'],
    label: (row) => topicLabel(row.code, row.title),
  },
};

export function staffLabel(fullName: unknown, positionTitle: unknown): string {
  const name = typeof fullName === 'string' ? fullName.trim() : '';
  const position = typeof positionTitle === 'string' ? positionTitle.trim() : '';
  return position ? `${name} — ${position}` : name;
}

export function topicLabel(code: unknown, title: unknown): string {
  const c = typeof code === 'string' ? code.trim() : '';
  const t = typeof title === 'string' ? title.trim() : '';
  return c ? `${c} ${t}`.trim() : t;
}

/** `/content-manager/relations/:model/:field` and `/content-manager/relations/:model/:id/:field` → target uid. */
function relationTarget(strapi: Core.Strapi, path: string): string | null {
  const match = /^\/content-manager\/relations\/([^/]+)\/(?:[^/]+\/)?([^/]+)$/.exec(path);
  if (!match) return null;
  const model: any = strapi.getModel(decodeURIComponent(match[1]) as any);
  const attribute = model?.attributes?.[decodeURIComponent(match[2])];
  return attribute?.type === 'relation' && typeof attribute.target === 'string' ? attribute.target : null;
}

export function labelRelationPickers(strapi: Core.Strapi): void {
  strapi.server.use(async (ctx: any, next: () => Promise<void>) => {
    await next();
    if (ctx.method !== 'GET' || ctx.status !== 200 || !ctx.path.startsWith('/content-manager/relations/')) return;
    const target = relationTarget(strapi, ctx.path);
    const spec = target ? LABELLED[target] : undefined;
    const results: any[] | undefined = ctx.body?.results;
    if (!spec || !Array.isArray(results) || results.length === 0) return;
    const ids = results.map((r) => r?.id).filter((id) => typeof id === 'number');
    if (!ids.length) return;
    const rows: any[] = await strapi.db.query(target as any).findMany({ where: { id: { $in: ids } }, select: ['id', ...spec.select] });
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const result of results) {
      const row = byId.get(result?.id);
      if (row && spec.mainField in result) result[spec.mainField] = spec.label(row);
    }
  });
}
