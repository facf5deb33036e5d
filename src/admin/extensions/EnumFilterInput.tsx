import { InputRenderer } from '@strapi/strapi/admin';

/**
 * The value picker of an enumeration filter. Given as the filter's own input, it makes the list's filter tag show
 * the option's Ukrainian label instead of the stored code (the tag looks labels up only for such filters).
 */
export const EnumFilterInput = (props: any) => <InputRenderer {...props} type="enumeration" />;

/** Content manager list-view filters hook: every enumeration filter picks and shows its values by their labels. */
export function enumerationFilters({ displayedFilters, layout }: { displayedFilters: any[]; layout: any }) {
  return {
    layout,
    displayedFilters: displayedFilters.map((filter) =>
      filter?.type === 'enumeration' && !filter.input ? { ...filter, input: EnumFilterInput } : filter,
    ),
  };
}
