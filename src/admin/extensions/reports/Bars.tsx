import { Box, Flex, Typography } from '@strapi/design-system';

/** A horizontal bar chart in plain boxes: enough for counts and shares, no chart library to ship. */
export const Bars = ({ rows, unit = '' }: { rows: Array<{ label: string; value: number | null }>; unit?: string }) => {
  const max = Math.max(1, ...rows.map((r) => r.value ?? 0));
  return (
    <Flex direction="column" alignItems="stretch" gap={1} role="list">
      {rows.map((row) => (
        <Flex key={row.label} gap={2} role="listitem">
          <Box width="40%"><Typography variant="pi">{row.label}</Typography></Box>
          <Box width="50%" background="neutral150" hasRadius>
            <Box background="primary500" hasRadius height="12px" style={{ width: `${((row.value ?? 0) / max) * 100}%` }} />
          </Box>
          <Box width="10%"><Typography variant="pi" fontWeight="bold">{row.value === null ? '—' : `${row.value}${unit}`}</Typography></Box>
        </Flex>
      ))}
    </Flex>
  );
};
