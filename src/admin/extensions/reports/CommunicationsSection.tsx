import { useEffect, useState } from 'react';
import { Box, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { Bars } from './Bars';

/** The public relations sector's report for the chosen period: campaigns' KPIs, events, refutations, publications. */
export const CommunicationsSection = ({ from, to, download }: { from: string; to: string; download: (path: string, format: 'csv' | 'xlsx', name: string) => void }) => {
  const { get } = useFetchClient();
  const [report, setReport] = useState<any>(null);
  const [error, setError] = useState<string | null>(null);
  const path = `/admin/reports/communications?from=${from}&to=${to}`;
  const load = () =>
    get(path)
      .then((res: any) => setReport(res.data.data))
      .catch((e: any) => setError(e?.response?.data?.error?.message ?? e?.message ?? 'Помилка'));
  useEffect(() => void load(), []);

  return (
    <Box background="neutral0" padding={6} hasRadius shadow="tableShadow" marginTop={6}>
      <Typography variant="beta" tag="h2">Комунікації</Typography>
      <Flex gap={4} paddingTop={4} paddingBottom={4}>
        <Button onClick={load}>Показати за період</Button>
        <Button variant="secondary" onClick={() => download(path, 'xlsx', `komunikatsii-${from}-${to}`)}>Завантажити XLSX</Button>
        <Button variant="tertiary" onClick={() => download(path, 'csv', `komunikatsii-${from}-${to}`)}>CSV</Button>
      </Flex>
      {error && <Typography textColor="danger600" role="alert">{error}</Typography>}
      {report && (
        <Flex direction="column" alignItems="stretch" gap={5}>
          <Typography variant="pi" textColor="neutral600">{report.subtitle} · опубліковано спростувань: {report.refutationsPublished}</Typography>
          {report.campaigns.map((campaign: any) => (
            <Box key={campaign.documentId}>
              <Typography variant="delta" tag="h3">{campaign.title} ({campaign.stateLabel})</Typography>
              {campaign.kpis.length ? (
                <Bars rows={campaign.kpis.map((k: any) => ({ label: `${k.metric}: ${k.actual ?? '—'} з ${k.target ?? '—'}${k.unit ? ` ${k.unit}` : ''}`, value: k.achieved }))} unit="%" />
              ) : (
                <Typography variant="pi" textColor="neutral500">показників не задано</Typography>
              )}
            </Box>
          ))}
          <Box>
            <Typography variant="delta" tag="h3">Заходи</Typography>
            <Table colCount={4} rowCount={report.events.length + 1}>
              <Thead><Tr><Th>Вид</Th><Th>Кількість</Th><Th>Учасників очікувано</Th><Th>Учасників фактично</Th></Tr></Thead>
              <Tbody>
                {report.events.map((e: any) => (
                  <Tr key={e.type}><Td>{e.label}</Td><Td>{e.count}</Td><Td>{e.expectedParticipants}</Td><Td>{e.actualParticipants}</Td></Tr>
                ))}
              </Tbody>
            </Table>
          </Box>
          <Box>
            <Typography variant="delta" tag="h3">Публікації за місяцями</Typography>
            <Table colCount={report.months.length + 2} rowCount={report.publicationsByKind.length + 1}>
              <Thead><Tr><Th>Вид</Th>{report.months.map((m: string) => <Th key={m}>{m}</Th>)}<Th>Усього</Th></Tr></Thead>
              <Tbody>
                {report.publicationsByKind.map((p: any) => (
                  <Tr key={p.kind}><Td>{p.label}</Td>{p.perMonth.map((n: number, i: number) => <Td key={i}>{n}</Td>)}<Td>{p.total}</Td></Tr>
                ))}
              </Tbody>
            </Table>
          </Box>
        </Flex>
      )}
    </Box>
  );
};
