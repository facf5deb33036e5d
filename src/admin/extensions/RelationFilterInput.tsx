import * as React from 'react';
import { Combobox, ComboboxOption } from '@strapi/design-system';
import { useFetchClient, useField } from '@strapi/strapi/admin';
import { PERSON_FILTERS } from './list-links';

/**
 * Reference data a clerk filters the registers by, picked from a list instead of typed: the filter compares the
 * relation's main field (the department's name, the executor's full name), so the option's value is that text.
 */
const PICKED: Record<string, { uid: string; field: string; placeholder: string }> = {
  department: { uid: 'api::department.department', field: 'name', placeholder: 'Оберіть підрозділ' },
  assignee: { uid: 'api::staff-member.staff-member', field: 'fullName', placeholder: 'Оберіть виконавця' },
};

function RelationPicker({ name, uid, field, placeholder }: { name: string; uid: string; field: string; placeholder: string }) {
  const { get } = useFetchClient();
  const input = useField(name);
  const [search, setSearch] = React.useState('');
  const [options, setOptions] = React.useState<string[]>([]);
  const [loading, setLoading] = React.useState(false);

  React.useEffect(() => {
    let live = true;
    setLoading(true);
    const timer = setTimeout(async () => {
      try {
        const params = new URLSearchParams({ page: '1', pageSize: '50', sort: `${field}:ASC` });
        if (search.trim()) params.set('_q', search.trim());
        const { data } = await get<{ results?: Array<Record<string, unknown>> }>(`/content-manager/collection-types/${uid}?${params}`);
        const names = ((data?.results ?? []) as Array<Record<string, unknown>>)
          .map((row) => row[field])
          .filter((value): value is string => typeof value === 'string' && value.length > 0);
        if (live) setOptions([...new Set(names)]);
      } catch {
        if (live) setOptions([]);
      } finally {
        if (live) setLoading(false);
      }
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [get, uid, field, search]);

  return (
    <Combobox
      aria-label={placeholder}
      placeholder={placeholder}
      value={typeof input.value === 'string' ? input.value : ''}
      loading={loading}
      // the server narrows the names by what was typed (anywhere in the name): the list shows what it returned
      autocomplete={{ type: 'list', filter: 'contains' }}
      loadingMessage="Завантаження…"
      noOptionsMessage={() => 'Нічого не знайдено'}
      onChange={(value: string) => input.onChange(name, value)}
      onInputChange={(event: React.ChangeEvent<HTMLInputElement>) => setSearch(event.currentTarget.value)}
    >
      {options.map((option) => (
        <ComboboxOption key={option} value={option}>
          {option}
        </ComboboxOption>
      ))}
    </Combobox>
  );
}

const inputFor = (attribute: string) => {
  const picked = PICKED[attribute];
  const Input = (props: { name: string }) => <RelationPicker name={props.name} {...picked} />;
  Input.displayName = `RelationFilterInput(${attribute})`;
  return Input;
};

const INPUTS: Record<string, React.ComponentType<any>> = Object.fromEntries(Object.keys(PICKED).map((a) => [a, inputFor(a)]));

/** A picked name either is or is not the item's: the two comparisons a clerk needs (the first is the form's default). */
const PICKED_OPERATORS = [
  { label: 'дорівнює', value: '$eq' },
  { label: 'не дорівнює', value: '$ne' },
];

/** Content manager list-view filters hook: department and executor filters are pickers of the people's own words. */
export function relationFilters({ displayedFilters, layout }: { displayedFilters: any[]; layout: any }) {
  return {
    layout,
    displayedFilters: displayedFilters.map((filter) =>
      filter?.type === 'relation' && INPUTS[filter.name] && filter.mainField?.name === PICKED[filter.name].field && !filter.input
        ? { ...filter, input: INPUTS[filter.name], operators: PICKED_OPERATORS }
        : filter,
    ),
  };
}

/** A part of the name is what a clerk remembers; the whole name, when they have it in front of them. */
const PERSON_OPERATORS = [
  { label: 'містить', value: '$containsi' },
  { label: 'дорівнює', value: '$eqi' },
];

/**
 * Content manager list-view filters hook: the registers' lists can be filtered by the applicant's (requester's) name.
 * The list's own filters leave components out; this one compares the component's name field the way a relation's
 * main field is compared, so its tag reads «Заявник (ПІБ) містить Журбенко».
 */
export function personFilters({ displayedFilters, layout }: { displayedFilters: any[]; layout: any }) {
  const names = Object.keys(PERSON_FILTERS).filter((name) => layout?.metadatas?.[name] && !displayedFilters.some((f) => f?.name === name));
  return {
    layout,
    displayedFilters: [
      ...displayedFilters,
      ...names.map((name) => ({
        name,
        label: PERSON_FILTERS[name].label,
        type: 'relation',
        mainField: { name: PERSON_FILTERS[name].mainField, type: 'string' },
        operators: PERSON_OPERATORS,
      })),
    ],
  };
}
