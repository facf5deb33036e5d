import { Box, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { InstructionImport } from './InstructionImport';

interface Held { positionId: string; positionTitle: string; instructionTitle: string; version: number; duties: Array<{ clause: string; competences: string[] }>; reason?: string }
interface View {
  onDate: string;
  staff: Array<{ staffId: string; name: string | null; holds: Held[]; covers: Held[] }>;
  competences: Array<{ competence: string; label: string; assigneeId: string | null; reason: string }>;
}

const clauses = (held: Held) => `${held.positionTitle}: ${held.duties.map((duty) => `п. ${duty.clause}`).join(', ')}`;

/**
 * «Відповідальність»: who holds which duties today, who covers an absent colleague, and who receives each kind of
 * new work — from the admin route /city/responsibilities (the same rule routing applies), plus the import.
 */
export const Responsibilities = () => {
  const { get } = useFetchClient();
  const [view, setView] = useState<View | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () =>
    get('/city/responsibilities')
      .then((res: any) => setView(res.data.data))
      .catch((e: any) => setError(e?.response?.data?.error?.message ?? 'Не вдалося завантажити дані.'));
  useEffect(() => {
    load();
  }, []);
  const names = new Map((view?.staff ?? []).map((s) => [s.staffId, s.name ?? s.staffId]));
  return (
    <Layouts.Root>
      <Layouts.Header title="Відповідальність за посадовими інструкціями" subtitle={view ? `Станом на ${view.onDate.split('-').reverse().join('.')}` : undefined} />
      <Layouts.Content>
        {error && <Typography textColor="danger600">{error}</Typography>}
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Box>
            <Typography variant="delta" tag="h2">Хто отримує нові звернення і запити сьогодні</Typography>
            <Table colCount={3} rowCount={(view?.competences.length ?? 0) + 1}>
              <Thead><Tr><Th><Typography variant="sigma">Компетенція</Typography></Th><Th><Typography variant="sigma">Виконавець</Typography></Th><Th><Typography variant="sigma">Підстава</Typography></Th></Tr></Thead>
              <Tbody>
                {(view?.competences ?? []).map((row) => (
                  <Tr key={row.competence}>
                    <Td><Typography>{row.label}</Typography></Td>
                    <Td><Typography>{row.assigneeId ? names.get(row.assigneeId) ?? row.assigneeId : '— нерозподілені'}</Typography></Td>
                    <Td><Typography>{row.reason}</Typography></Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          </Box>
          <Box>
            <Typography variant="delta" tag="h2">Обов’язки працівників</Typography>
            <Table colCount={3} rowCount={(view?.staff.length ?? 0) + 1}>
              <Thead><Tr><Th><Typography variant="sigma">Працівник</Typography></Th><Th><Typography variant="sigma">Виконує за посадою</Typography></Th><Th><Typography variant="sigma">Заміщує сьогодні</Typography></Th></Tr></Thead>
              <Tbody>
                {(view?.staff ?? []).map((person) => (
                  <Tr key={person.staffId}>
                    <Td><Typography>{person.name ?? person.staffId}</Typography></Td>
                    <Td><Typography>{person.holds.map(clauses).join('; ') || '—'}</Typography></Td>
                    <Td><Typography>{person.covers.map((held) => `${clauses(held)} (${held.reason})`).join('; ') || '—'}</Typography></Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          </Box>
          <Box><Button variant="tertiary" onClick={load}>Оновити</Button></Box>
          <InstructionImport onImported={load} />
        </Flex>
      </Layouts.Content>
    </Layouts.Root>
  );
};

export default Responsibilities;
