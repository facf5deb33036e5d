import { Typography } from '@strapi/design-system';
import { enumLabel } from '../enum-labels';

/** `api::appeal.appeal` → `appeal` (the key of ENUM_LABELS). */
export function apiName(model: string | undefined): string {
  const match = /^api::([^.]+)\./.exec(model ?? '');
  return match ? match[1] : '';
}

/**
 * Content manager list-view hook: an enumeration column shows the Ukrainian label of its own attribute
 * (the cell would otherwise print the raw code).
 */
export function enumerationCells({ displayedHeaders, layout }: { displayedHeaders: any[]; layout: any }) {
  return {
    layout,
    displayedHeaders: displayedHeaders.map((header) =>
      header?.attribute?.type === 'enumeration' && typeof header.cellFormatter !== 'function'
        ? {
            ...header,
            cellFormatter: (row: any, h: any, { model }: { model?: string } = {}) => (
              <Typography textColor="neutral800">{enumLabel(apiName(model), h.name, row?.[h.name])}</Typography>
            ),
          }
        : header,
    ),
  };
}
