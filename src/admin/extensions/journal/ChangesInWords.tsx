import { Box, Flex, Typography } from '@strapi/design-system';
import { unstable_useContentManagerContext as useContentManagerContext, useForm } from '@strapi/strapi/admin';
import { useParams } from 'react-router-dom';
import { enumLabel } from '../../enum-labels';
import { apiName } from '../enum-cells';
import { shortDate, shortDateTime } from '../date-cells';
import { appealRegisterLayouts } from '../../../bootstrap/admin-labels/appeal-register';
import { informationRequestLayouts } from '../../../bootstrap/admin-labels/information-requests';
import { notificationLayouts } from '../../../bootstrap/admin-labels/notifications';
import { communicationsLayouts } from '../../../bootstrap/admin-labels/communications';
import { dutiesLayouts } from '../../../bootstrap/admin-labels/duties';

const AUDIT_ENTRY = 'api::audit-entry.audit-entry';
const LAYOUTS = [...appealRegisterLayouts, ...informationRequestLayouts, ...notificationLayouts, ...communicationsLayouts, ...dutiesLayouts];

/** uid → field → label; components' own fields under `component:` + field. */
const LABELS: Record<string, Record<string, string>> = {};
for (const layout of LAYOUTS) {
  const fields = (LABELS[layout.component ? 'component:' : layout.uid] ??= {});
  for (const [field, [label]] of Object.entries(layout.labels)) fields[field] ??= label;
}

/** `applicant.fullName` → «Заявник (персональні дані) · Прізвище, ім’я, по батькові». */
export function fieldLabel(uid: string, field: string): string {
  const [head, ...rest] = field.split('.');
  const own = LABELS[uid]?.[head] ?? head;
  if (!rest.length) return own;
  const sub = rest.join('.');
  return `${own} · ${LABELS['component:']?.[sub] ?? sub}`;
}

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A stored value in words: enumeration labels, short dates, так/ні, a count of linked records — never raw JSON. */
export function valueInWords(uid: string, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'так' : 'ні';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '—' : `пов’язаних записів: ${value.length}`;
  if (typeof value === 'string') {
    if (ISO_MOMENT.test(value)) return shortDateTime(value);
    if (ISO_DATE.test(value)) return shortDate(value);
    if (/^[a-z0-9]{24}$/.test(value)) return 'пов’язаний запис';
    return enumLabel(apiName(uid), field, value);
  }
  return 'змінено';
}

/** The stored list of changes, whether the form holds it parsed or as JSON text. */
function parsedChanges(value: unknown): any[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') {
    try {
      const parsed = JSON.parse(value);
      return Array.isArray(parsed) ? parsed : [];
    } catch {
      return [];
    }
  }
  return [];
}

/**
 * The journal entry in words, beside the form: which record (its number or name and its type) and, field by field,
 * the old and the new value as a clerk would say them.
 */
export const ChangesInWords = () => {
  const { slug } = useParams();
  const values = useForm('ChangesInWords', (state: any) => state.values) as Record<string, any>;
  const { contentTypes } = (useContentManagerContext() as any) ?? {};
  if (slug !== AUDIT_ENTRY || !values) return null;
  const uid = typeof values.contentType === 'string' ? values.contentType : '';
  const typeName = (contentTypes ?? []).find((ct: any) => ct.uid === uid)?.info?.displayName ?? 'інший запис';
  const changes: any[] = parsedChanges(values.changes);
  return (
    <Box background="neutral0" padding={4} hasRadius shadow="tableShadow" width="100%" data-journal-words>
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography variant="sigma" textColor="neutral600">Зміни словами</Typography>
        <Typography fontWeight="semiBold">
          {typeName}: {values.recordLabel || '—'}
        </Typography>
        {changes.length === 0 ? (
          <Typography variant="pi" textColor="neutral600">Значення полів не записано</Typography>
        ) : (
          changes.map((c, i) => (
            <Box key={`${c?.field}-${i}`}>
              <Typography variant="omega" fontWeight="semiBold" display="block">{fieldLabel(uid, String(c?.field ?? ''))}</Typography>
              <Typography variant="pi" textColor="neutral700">
                {c?.personal ? 'персональні дані змінено (значення не зберігаються)' : `${valueInWords(uid, String(c?.field ?? ''), c?.before)} → ${valueInWords(uid, String(c?.field ?? ''), c?.after)}`}
              </Typography>
            </Box>
          ))
        )}
      </Flex>
    </Box>
  );
};

/** The raw fields of an entry (JSON, identifiers) left out of its form: the words above say the same. */
const RAW = ['changes', 'changedFields', 'recordDocumentId', 'contentType', 'actorId'];

export function journalLayout({ layout, query }: { layout: any; query: any }) {
  const panels: any[][][] = layout?.layout;
  if (!Array.isArray(panels)) return { layout, query };
  const names = new Set(panels.flat(2).map((f: any) => f?.name));
  if (!names.has('changedFields') || !names.has('recordLabel') || !names.has('actorKind')) return { layout, query };
  const kept = panels.map((panel) => panel.map((row) => row.filter((f: any) => !RAW.includes(f?.name))).filter((row) => row.length > 0)).filter((p) => p.length > 0);
  return { layout: { ...layout, layout: kept }, query };
}
