import { Typography } from '@strapi/design-system';
import { unstable_useContentManagerContext as useContentManagerContext } from '@strapi/strapi/admin';
import { enumLabel } from '../enum-labels';
import { COLUMN_MAX, OneLine } from './date-cells';
import { appealRegisterLayouts } from '../../bootstrap/admin-labels/appeal-register';
import { informationRequestLayouts } from '../../bootstrap/admin-labels/information-requests';
import { notificationLayouts } from '../../bootstrap/admin-labels/notifications';
import { communicationsLayouts } from '../../bootstrap/admin-labels/communications';
import { dutiesLayouts } from '../../bootstrap/admin-labels/duties';

/** uid → field → Ukrainian label, from the layouts the content manager is provisioned with (src/bootstrap/admin-labels). */
const FIELD_LABELS: Record<string, Record<string, string>> = {};
for (const layout of [...appealRegisterLayouts, ...informationRequestLayouts, ...notificationLayouts, ...communicationsLayouts, ...dutiesLayouts]) {
  if (layout.component) continue;
  const fields = (FIELD_LABELS[layout.uid] ??= {});
  for (const [field, [label]] of Object.entries(layout.labels)) fields[field] = label;
}

/** The journal's «Змінені поля»: the fields' Ukrainian labels instead of their identifiers. */
export function changedFieldLabels(uid: unknown, changed: unknown): string {
  if (typeof changed !== 'string') return '';
  const labels = FIELD_LABELS[typeof uid === 'string' ? uid : ''] ?? {};
  return changed
    .split(/\s*,\s*/)
    .filter(Boolean)
    .map((field) => labels[field] ?? field)
    .join(', ');
}

/** `api::appeal.appeal` → `appeal` (the key of ENUM_LABELS). */
export function apiName(model: string | undefined): string {
  const match = /^api::([^.]+)\./.exec(model ?? '');
  return match ? match[1] : '';
}

const ADMIN_TYPE_NAMES: Record<string, string> = {
  'admin::role': 'Роль адмін-панелі',
  'admin::user': 'Користувач адмін-панелі',
  'admin::permission': 'Право доступу',
};

/** The journal's «Тип запису»: the type's Ukrainian name instead of its `api::…` identifier. */
const TypeName = ({ uid }: { uid: unknown }) => {
  const { contentTypes } = useContentManagerContext() as any;
  const key = typeof uid === 'string' ? uid : '';
  const schema = (contentTypes ?? []).find((ct: any) => ct.uid === key);
  const name = ADMIN_TYPE_NAMES[key] ?? schema?.info?.displayName ?? (key.startsWith('api::') ? 'інший запис' : key);
  return <Typography textColor="neutral800">{name}</Typography>;
};

const AUDIT_ENTRY = 'api::audit-entry.audit-entry';
/** Enumeration columns of the registers' default lists kept narrow (see COLUMN_MAX in date-cells.tsx). */
const ENUM_COLUMN_MAX: Record<string, string> = { workflowState: COLUMN_MAX.workflowState };

/**
 * Content manager list-view hook: an enumeration column shows the Ukrainian label of its own attribute
 * (the cell would otherwise print the raw code).
 */
export function enumerationCells({ displayedHeaders, layout }: { displayedHeaders: any[]; layout: any }) {
  return {
    layout,
    displayedHeaders: displayedHeaders.map((header) =>
      header?.name === 'changedFields' && typeof header.cellFormatter !== 'function'
        ? {
            ...header,
            cellFormatter: (row: any, h: any, { model }: { model?: string } = {}) => (
              <Typography textColor="neutral800">{model === AUDIT_ENTRY ? changedFieldLabels(row?.contentType, row?.changedFields) : row?.[h.name] ?? ''}</Typography>
            ),
          }
        : header?.name === 'contentType' && header?.attribute?.type === 'string' && typeof header.cellFormatter !== 'function'
        ? {
            ...header,
            cellFormatter: (row: any, h: any, { model }: { model?: string } = {}) =>
              model === AUDIT_ENTRY ? <TypeName uid={row?.contentType} /> : <Typography textColor="neutral800">{row?.[h.name] ?? ''}</Typography>,
          }
        : header?.attribute?.type === 'enumeration' && typeof header.cellFormatter !== 'function'
        ? {
            ...header,
            cellFormatter: (row: any, h: any, { model }: { model?: string } = {}) => {
              const label = enumLabel(apiName(model), h.name, row?.[h.name]);
              // a long label (the state «переслано / надійшло від іншого органу») stays on one line in a narrow column
              const maxWidth = ENUM_COLUMN_MAX[h.name];
              return maxWidth ? <OneLine text={label} maxWidth={maxWidth} /> : <Typography textColor="neutral800">{label}</Typography>;
            },
          }
        : header,
    ),
  };
}
