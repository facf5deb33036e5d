import { useEffect, useRef, useState } from 'react';
import { Box, Button, DatePicker, Field, Flex, SingleSelect, SingleSelectOption, Table, Tbody, Td, TextInput, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { itemUrl } from '../list-links';
import { shortDateTime } from '../date-cells';
import { Bars } from './Bars';
import { CommunicationsSection } from './CommunicationsSection';

interface Column { key: string; label: string; type: string }
interface Table { title: string; subtitle: string; columns: Column[]; rows: any[]; totals?: any }
const DRILLABLE: Record<string, string> = { received: 'received', answered: 'answered', answeredLate: 'late', open: 'open', overdue: 'overdue', extensions: 'extended', returnedLate: 'returned_late', corrections: 'corrected', forwardingNoticeLate: 'forwarding_notice_late' };

const today = () => new Date().toISOString().slice(0, 10);
const quarterStart = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(Math.floor(d.getMonth() / 3) * 3 + 1).padStart(2, '0')}-01`;
};
const currentQuarter = () => `${new Date().getFullYear()}-Q${Math.floor(new Date().getMonth() / 3) + 1}`;

/** Reports: executive discipline (with drill-down), the quarterly analysis and the communications report. */
export const ReportsPage = () => {
  const { get } = useFetchClient();
  const [from, setFrom] = useState(quarterStart());
  const [to, setTo] = useState(today());
  const [groupBy, setGroupBy] = useState<'department' | 'assignee'>('department');
  const [table, setTable] = useState<Table | null>(null);
  const [items, setItems] = useState<{ title: string; rows: any[] } | null>(null);
  const [quarter, setQuarter] = useState(currentQuarter());
  const [analysis, setAnalysis] = useState<any>(null);
  const [error, setError] = useState<string | null>(null);
  const query = `from=${from}&to=${to}&groupBy=${groupBy}`;
  const fail = (e: any) => setError(e?.response?.data?.error?.message ?? e?.message ?? 'Помилка');

  const load = () => {
    setError(null);
    setItems(null);
    get(`/admin/reports/discipline?${query}`).then((res: any) => setTable(res.data.data)).catch(fail);
  };
  const loadAnalysis = () => get(`/admin/reports/analysis?quarter=${quarter}`).then((res: any) => setAnalysis(res.data.data)).catch(fail);
  useEffect(load, [groupBy]);
  useEffect(() => void loadAnalysis(), []);

  // the drill-down list opens below a long table: bring it into view once it has arrived
  const drillRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items) drillRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [items]);

  const drill = (row: any, key: string) =>
    get(`/admin/reports/discipline/items?${query}&groupId=${row.groupId ?? 'none'}&figure=${DRILLABLE[key]}`)
      .then((res: any) => setItems({ title: `${row.groupName}: ${table?.columns.find((c) => c.key === key)?.label}`, rows: res.data.data }))
      .catch(fail);

  const download = async (path: string, format: 'csv' | 'xlsx', name: string) => {
    const res: any = await get(`${path}&format=${format}`, { responseType: 'blob' } as any).catch(fail);
    if (!res) return;
    const url = URL.createObjectURL(res.data);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${name}.${format}`;
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <Page.Main>
      <Page.Title>Звіти</Page.Title>
      <Layouts.Header title="Звіти" subtitle="Виконавська дисципліна та аналіз звернень громадян і запитів на інформацію" />
      <Layouts.Content>
        {error && <Box padding={3} background="danger100" hasRadius marginBottom={4}><Typography textColor="danger700" role="alert">{error}</Typography></Box>}
        <Box background="neutral0" padding={6} hasRadius shadow="tableShadow" marginBottom={6}>
          <Typography variant="beta" tag="h2">Виконавська дисципліна</Typography>
          <Flex gap={4} alignItems="end" paddingTop={4} paddingBottom={4} wrap="wrap">
            <Field.Root name="from"><Field.Label>З</Field.Label><ReportDate label="З" value={from} onChange={setFrom} /></Field.Root>
            <Field.Root name="to"><Field.Label>По</Field.Label><ReportDate label="По" value={to} onChange={setTo} /></Field.Root>
            <Field.Root name="groupBy"><Field.Label>Розріз</Field.Label>
              <SingleSelect value={groupBy} onChange={(v: any) => setGroupBy(v)}>
                <SingleSelectOption value="department">за підрозділами</SingleSelectOption>
                <SingleSelectOption value="assignee">за виконавцями</SingleSelectOption>
              </SingleSelect>
            </Field.Root>
            <Button onClick={load}>Показати</Button>
            <Button variant="secondary" onClick={() => download(`/admin/reports/discipline?${query}`, 'xlsx', `vykonavska-dystsyplina-${from}-${to}`)}>Завантажити XLSX</Button>
            <Button variant="tertiary" onClick={() => download(`/admin/reports/discipline?${query}`, 'csv', `vykonavska-dystsyplina-${from}-${to}`)}>CSV</Button>
          </Flex>
          {table && (
            <>
              <Typography variant="pi" textColor="neutral600">{table.title}, {table.subtitle}</Typography>
              <Table colCount={table.columns.length} rowCount={table.rows.length + 1}>
                <Thead><Tr>{table.columns.map((c) => <Th key={c.key}><Typography variant="sigma">{c.label}</Typography></Th>)}</Tr></Thead>
                <Tbody>
                  {[...table.rows, ...(table.totals ? [table.totals] : [])].map((row, i) => (
                    <Tr key={`${row.groupId ?? 'none'}-${i}`} data-row={row.groupName}>
                      {table.columns.map((c) => (
                        <Td key={c.key}>
                          {DRILLABLE[c.key] && row !== table.totals && row[c.key] > 0 ? (
                            <Button variant="ghost" size="S" onClick={() => drill(row, c.key)}>{row[c.key]}</Button>
                          ) : (
                            <Typography fontWeight={row === table.totals ? 'bold' : undefined}>{row[c.key] ?? '—'}</Typography>
                          )}
                        </Td>
                      ))}
                    </Tr>
                  ))}
                </Tbody>
              </Table>
              <Box paddingTop={4}>
                <Typography variant="delta" tag="h3">Частка вчасних відповідей, %</Typography>
                <Bars rows={table.rows.map((r) => ({ label: r.groupName, value: r.onTimeShare }))} unit="%" />
              </Box>
            </>
          )}
          {items && (
            <Box paddingTop={4} ref={drillRef} data-drill-down>
              <Typography variant="delta" tag="h3">{items.title}</Typography>
              <Box tag="ul" paddingTop={2}>
                {items.rows.map((item) => (
                  <li key={item.documentId}>
                    <Link to={itemUrl(item.register, item.documentId)}>{item.registrationNumber}</Link>{' '}
                    <Typography variant="pi" textColor={item.overdue ? 'danger600' : 'neutral600'}>
                      строк до {item.dueAt ? shortDateTime(item.dueAt) : '—'} · {item.assignee ?? 'без виконавця'}
                    </Typography>
                  </li>
                ))}
              </Box>
            </Box>
          )}
        </Box>

        <Box background="neutral0" padding={6} hasRadius shadow="tableShadow">
          <Typography variant="beta" tag="h2">Аналіз за квартал</Typography>
          <Flex gap={4} alignItems="end" paddingTop={4} paddingBottom={4}>
            <Field.Root name="quarter"><Field.Label>Квартал (РРРР-QN)</Field.Label><TextInput value={quarter} onChange={(e: any) => setQuarter(e.target.value)} /></Field.Root>
            <Button onClick={loadAnalysis}>Показати</Button>
            <Button variant="secondary" onClick={() => download(`/admin/reports/analysis?quarter=${quarter}`, 'xlsx', `analiz-zvernen-${quarter}`)}>Завантажити XLSX</Button>
            <Button variant="tertiary" onClick={() => download(`/admin/reports/analysis?quarter=${quarter}`, 'csv', `analiz-zvernen-${quarter}`)}>CSV</Button>
          </Flex>
          {analysis && (
            <>
              <Typography variant="pi" textColor="neutral600">
                {analysis.subtitle}: звернень {analysis.totals.appeals}, запитів на інформацію {analysis.totals.informationRequests}, вчасних відповідей {analysis.totals.appealsOnTimeShare ?? '—'}%
              </Typography>
              <Flex direction="column" alignItems="stretch" gap={5} paddingTop={4}>
                {analysis.sections.map((section: any) => (
                  <Box key={section.key}>
                    <Typography variant="delta" tag="h3">{section.title}</Typography>
                    {section.buckets.length ? <Bars rows={section.buckets.map((b: any) => ({ label: b.label, value: b.count }))} /> : <Typography variant="pi" textColor="neutral500">немає даних</Typography>}
                  </Box>
                ))}
              </Flex>
            </>
          )}
        </Box>
        <CommunicationsSection from={from} to={to} download={download} />
      </Layouts.Content>
    </Page.Main>
  );
};

export default ReportsPage;

/** `2026-06-01` ↔ a local Date: the report's bounds are calendar days. */
const toDate = (iso: string): Date | undefined => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : undefined;
};
const toIso = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/**
 * A bound of the report's period, shown and typed as `01.06.2016` whatever the browser's language (a native date
 * input would follow the browser: `06/01/2016` in an English one).
 */
const ReportDate = ({ label, value, onChange }: { label: string; value: string; onChange: (iso: string) => void }) => (
  <DatePicker
    aria-label={label}
    locale="uk-UA"
    value={toDate(value)}
    onChange={(date: Date | undefined) => date && onChange(toIso(date))}
    clearLabel="Очистити"
    monthSelectLabel="Місяць"
    yearSelectLabel="Рік"
  />
);
