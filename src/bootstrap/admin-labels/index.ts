import type { Core } from '@strapi/strapi';
import type { ContentManagerLayout } from './types';
import { appealRegisterLayouts } from './appeal-register';
import { communicationsLayouts } from './communications';
import { informationRequestLayouts } from './information-requests';
import { notificationLayouts } from './notifications';
import { auditTrailLayouts } from './audit-trail';
import { dutiesLayouts } from './duties';
import { siteUserLayouts } from './site-users';

const TYPE_LAYOUTS: ContentManagerLayout[] = [
  ...appealRegisterLayouts,
  ...informationRequestLayouts,
  ...notificationLayouts,
  ...communicationsLayouts,
  ...auditTrailLayouts,
  ...dutiesLayouts,
  ...siteUserLayouts,
];

/** The fields Strapi adds to every content type, named in Ukrainian (list columns, filters, the edit view's side panel). */
export const SYSTEM_FIELD_LABELS: ContentManagerLayout['labels'] = {
  createdAt: ['Створено'],
  updatedAt: ['Змінено'],
  publishedAt: ['Опубліковано'],
  createdBy: ['Хто створив'],
  updatedBy: ['Хто змінив'],
};

export const LAYOUTS: ContentManagerLayout[] = [
  ...TYPE_LAYOUTS,
  ...[...new Set(TYPE_LAYOUTS.filter((l) => !l.component).map((l) => l.uid))].map((uid) => ({
    key: `${uid}#system-fields`,
    uid,
    labels: SYSTEM_FIELD_LABELS,
  })),
];

/** Bump when LAYOUTS change: each layout is written once per version, so a manager's later edits stay. */
const LAYOUT_VERSION = 1;

/**
 * Provisions Ukrainian field labels, list columns and read-only computed fields in the content manager.
 * Written once per LAYOUT_VERSION and content type; what a manager changes afterwards in the admin panel is kept.
 */
export async function provisionAdminLabels(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'city-admin-labels' });
  const applied: Record<string, number> = ((await store.get({ key: 'applied' })) as any) ?? {};
  const cm = strapi.plugin('content-manager');
  for (const layout of LAYOUTS) {
    const key = layout.key ?? layout.uid;
    if (applied[key] === LAYOUT_VERSION) continue;
    const service = cm.service(layout.component ? 'components' : 'content-types');
    const models = (layout.component ? strapi.components : strapi.contentTypes) as unknown as Record<string, unknown>;
    const model = models[layout.uid];
    if (!model) continue;
    const config: any = await service.findConfiguration(model);
    await service.updateConfiguration(model, applyLayout(config, layout));
    applied[key] = LAYOUT_VERSION;
  }
  await store.set({ key: 'applied', value: applied });
}

export function applyLayout(config: any, layout: ContentManagerLayout): any {
  const next = { settings: { ...config.settings }, metadatas: { ...config.metadatas }, layouts: { ...config.layouts } };
  if (layout.mainField) next.settings.mainField = layout.mainField;
  if (layout.defaultSortBy) next.settings.defaultSortBy = layout.defaultSortBy;
  if (layout.defaultSortOrder) next.settings.defaultSortOrder = layout.defaultSortOrder;
  for (const [field, [label, description]] of Object.entries(layout.labels)) {
    const meta = next.metadatas[field];
    if (!meta) continue;
    next.metadatas[field] = {
      ...meta,
      edit: { ...meta.edit, label, ...(description ? { description } : {}), ...(layout.readOnly?.includes(field) ? { editable: false } : {}) },
      list: { ...meta.list, label },
    };
  }
  for (const [field, label] of Object.entries(layout.listLabels ?? {})) {
    const meta = next.metadatas[field];
    if (meta) next.metadatas[field] = { ...meta, list: { ...meta.list, label } };
  }
  for (const field of layout.hidden ?? []) {
    const meta = next.metadatas[field];
    if (meta) next.metadatas[field] = { ...meta, edit: { ...meta.edit, visible: false }, list: { ...meta.list, searchable: false, sortable: false } };
    if (Array.isArray(next.layouts.edit)) {
      next.layouts.edit = (next.layouts.edit as EditRows).map((row) => row.filter((c) => c.name !== field)).filter((row) => row.length > 0);
    }
    if (Array.isArray(next.layouts.list)) next.layouts.list = next.layouts.list.filter((f: string) => f !== field);
  }
  if (layout.list) next.layouts.list = layout.list.filter((f) => next.metadatas[f]);
  for (const { field, after } of layout.placeAfter ?? []) next.layouts.edit = placeAfter(next.layouts.edit, field, after);
  return next;
}

type EditRows = Array<Array<{ name: string; size: number }>>;

/** The edit form's rows with `field` in a row of its own right after the row holding `after`; unchanged if either is absent. */
export function placeAfter(rows: EditRows | undefined, field: string, after: string): EditRows | undefined {
  if (!Array.isArray(rows)) return rows;
  const cell = rows.flat().find((c) => c.name === field);
  if (!cell || !rows.some((row) => row.some((c) => c.name === after))) return rows;
  const without = rows.map((row) => row.filter((c) => c.name !== field)).filter((row) => row.length > 0);
  const at = without.findIndex((row) => row.some((c) => c.name === after));
  return [...without.slice(0, at + 1), [cell], ...without.slice(at + 1)];
}
