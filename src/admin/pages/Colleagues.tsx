import { Box, Button, Field, Flex, Grid, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { Layouts, useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';

interface Options { departments: Array<{ documentId: string; name: string }>; roles: Array<{ code: string; name: string }> }
interface Added { staffMember: { fullName: string; department: string }; adminUser: { email: string; role: string }; inviteUrl: string }
type FieldName = 'fullName' | 'email' | 'positionTitle' | 'phone' | 'department' | 'role';

const EMPTY: Record<FieldName, string> = { fullName: '', email: '', positionTitle: '', phone: '', department: '', role: 'city-appeals-specialist' };

/** The field a refusal names (`details.errors[0].path`), so the form can mark it. */
export function refusedField(error: any): string | null {
  const path = error?.details?.errors?.[0]?.path;
  return Array.isArray(path) && typeof path[0] === 'string' ? path[0] : null;
}

/**
 * «Додати колегу»: the staff member and their admin-panel account (role, department) in one form — POST
 * /city/colleagues — and the invitation link to hand over. The choices come from GET /city/colleagues/options.
 */
export const Colleagues = () => {
  const { get, post } = useFetchClient();
  const [options, setOptions] = useState<Options | null>(null);
  const [values, setValues] = useState(EMPTY);
  const [error, setError] = useState<{ message: string; field: string | null } | null>(null);
  const [added, setAdded] = useState<Added | null>(null);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    get('/city/colleagues/options')
      .then((res: any) => setOptions(res.data.data))
      .catch((e: any) => setError({ message: e?.response?.data?.error?.message ?? 'Не вдалося завантажити підрозділи і ролі.', field: null }));
  }, [get]);

  const set = (name: FieldName) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const errorOf = (name: FieldName) => (error?.field === name ? error.message : undefined);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setSending(true);
    setError(null);
    setAdded(null);
    try {
      const data = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.trim() || null]));
      const res: any = await post('/city/colleagues', { data });
      setAdded(res.data.data);
      setValues({ ...EMPTY, role: values.role, department: values.department });
    } catch (e: any) {
      const body = e?.response?.data?.error;
      setError({ message: body?.message ?? 'Не вдалося додати колегу.', field: refusedField(body) });
    } finally {
      setSending(false);
    }
  };

  const text = (name: FieldName, label: string, hint?: string, required = false) => (
    <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
      <Field.Root name={name} error={errorOf(name)} hint={hint} required={required}>
        <Field.Label>{label}</Field.Label>
        <TextInput value={values[name]} onChange={(e: React.ChangeEvent<HTMLInputElement>) => set(name)(e.target.value)} />
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    </Grid.Item>
  );

  return (
    <Layouts.Root>
      <Layouts.Header title="Додати колегу" subtitle="Працівник у довіднику і його обліковий запис адмін-панелі з роллю та підрозділом — одним кроком" />
      <Layouts.Content>
        <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
          <form onSubmit={submit} aria-label="Новий колега">
            <Grid.Root gap={5}>
              {text('fullName', 'Прізвище, ім’я, по батькові', 'Прізвище першим', true)}
              {text('email', 'Робоча електронна пошта', 'На неї колега входить до адмін-панелі', true)}
              {text('positionTitle', 'Посада')}
              {text('phone', 'Телефон')}
              <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                <Field.Root name="department" error={errorOf('department')} hint="Від підрозділу залежить, які звернення і запити колега бачить" required>
                  <Field.Label>Підрозділ</Field.Label>
                  <SingleSelect placeholder="Оберіть підрозділ" value={values.department || undefined} onChange={(v: string | number) => set('department')(String(v))}>
                    {(options?.departments ?? []).map((d) => (
                      <SingleSelectOption key={d.documentId} value={d.documentId}>{d.name}</SingleSelectOption>
                    ))}
                  </SingleSelect>
                  <Field.Hint />
                  <Field.Error />
                </Field.Root>
              </Grid.Item>
              <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                <Field.Root name="role" error={errorOf('role')} hint="Що колега може робити в адмін-панелі" required>
                  <Field.Label>Роль</Field.Label>
                  <SingleSelect placeholder="Оберіть роль" value={values.role || undefined} onChange={(v: string | number) => set('role')(String(v))}>
                    {(options?.roles ?? []).map((r) => (
                      <SingleSelectOption key={r.code} value={r.code}>{r.name}</SingleSelectOption>
                    ))}
                  </SingleSelect>
                  <Field.Hint />
                  <Field.Error />
                </Field.Root>
              </Grid.Item>
            </Grid.Root>
            <Flex paddingTop={5} gap={3}>
              <Button type="submit" loading={sending} disabled={!options}>Додати колегу</Button>
            </Flex>
          </form>
          {error && (
            <Box paddingTop={4} role="alert">
              <Typography textColor="danger600">{error.message}</Typography>
            </Box>
          )}
          {added && (
            <Flex direction="column" alignItems="stretch" gap={2} paddingTop={5} role="status">
              <Typography textColor="success600" fontWeight="semiBold">
                Додано: {added.staffMember.fullName} ({added.staffMember.department}), роль «{added.adminUser.role}».
              </Typography>
              <Typography>Передайте колезі посилання-запрошення: за ним він задасть собі пароль і ввійде як {added.adminUser.email}.</Typography>
              <TextInput aria-label="Посилання-запрошення" value={added.inviteUrl} readOnly onFocus={(e: React.FocusEvent<HTMLInputElement>) => e.target.select()} />
              <Box>
                <Button variant="secondary" onClick={() => void navigator.clipboard?.writeText(added.inviteUrl)}>Скопіювати посилання</Button>
              </Box>
            </Flex>
          )}
        </Box>
      </Layouts.Content>
    </Layouts.Root>
  );
};

export default Colleagues;
