import { useEffect, useMemo } from 'react';
import { deepEncodeQueryValues, useQueryParams } from '@strapi/strapi/admin';
import { unstable_useContentManagerContext as useContentManagerContext } from '@strapi/strapi/admin';
import { hiddenFilters, PERSON_FILTERS } from './list-links';

/**
 * The list never filters by something it does not show: a saved or linked filter the content manager cannot display
 * as a tag (an `$in` list, a relation by id, an `$or` group) is dropped from the address — and so from what the
 * browser remembers for the next visit.
 */
export const HiddenFilterGuard = () => {
  const { contentType, layout, isLoading } = useContentManagerContext() as any;
  const [{ query }, setQuery] = useQueryParams<any>();
  const attributes: Record<string, any> | undefined = contentType?.attributes;
  const metadatas: Record<string, any> | undefined = layout?.list?.metadatas;

  const shape = useMemo(() => {
    if (!attributes || !metadatas) return null;
    const relations: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(attributes)) {
      if (attribute?.type === 'relation') relations[name] = metadatas[name]?.mainField || 'id';
      // the person filter names the component's main field the same way (its tag is shown like a relation's)
      if (attribute?.type === 'component' && PERSON_FILTERS[name]) relations[name] = PERSON_FILTERS[name].mainField;
    }
    return { relations, names: Object.keys(attributes) };
  }, [attributes, metadatas]);

  const filters = query?.filters;
  useEffect(() => {
    if (isLoading || !shape || !filters || typeof filters !== 'object') return;
    const and: unknown[] = Array.isArray(filters.$and) ? filters.$and : [];
    const hidden = hiddenFilters(and, shape.relations, shape.names);
    const otherKeys = Object.keys(filters).filter((key) => key !== '$and');
    if (!hidden.length && !otherKeys.length) return;
    const kept = and.filter((_, i) => !hidden.includes(i));
    setQuery({ filters: kept.length ? deepEncodeQueryValues({ $and: kept }) : undefined, page: 1 }, 'push', true);
  }, [isLoading, shape, filters, setQuery]);

  return null;
};
