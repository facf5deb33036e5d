import { Box, Flex, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { failedNotificationsQuery } from '../FailedNotificationsButton';
import { REGISTER_UIDS, dueBeforeQuery, itemUrl, listUrl, unroutedQuery } from '../list-links';
import { useDashboard } from './useDashboard';

const dateTime = (iso: string) => new Date(iso).toLocaleString('uk-UA', { timeZone: 'Europe/Kyiv', day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' });

/** A figure of the homepage; with `to`, a link to the list it counts. */
const Figure = ({ value, label, tone, to }: { value: string | number; label: string; tone?: 'danger' | 'success'; to?: string }) => {
  const figure = (
    <Typography variant="alpha" textColor={tone === 'danger' ? 'danger600' : tone === 'success' ? 'success600' : 'neutral800'} data-figure={label}>
      {value}
    </Typography>
  );
  return (
    <Box>
      {to ? (
        <Link to={to} aria-label={`${label}: ${value}`} style={{ textDecoration: 'none' }}>
          {figure}
        </Link>
      ) : (
        figure
      )}
      <Typography variant="pi" textColor="neutral600" display="block">{label}</Typography>
    </Box>
  );
};

/** «Терміни під загрозою»: due within 3 working days and overdue, for the head's department or one's own items. */
export const AtRiskWidget = () => {
  const { data, error } = useDashboard();
  if (error) return <Widget.Error>{error}</Widget.Error>;
  if (!data) return <Widget.Loading />;
  const horizon = new Date(data.horizon);
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Flex gap={6}>
        <Figure value={data.atRisk} label="до строку ≤ 3 робочих днів" to={listUrl(REGISTER_UIDS.appeal, dueBeforeQuery(REGISTER_UIDS.appeal, horizon))} />
        <Figure value={data.overdue} label="прострочено" tone={data.overdue ? 'danger' : undefined} to={listUrl(REGISTER_UIDS.appeal, dueBeforeQuery(REGISTER_UIDS.appeal, new Date()))} />
      </Flex>
      <Typography variant="pi" textColor="neutral600">{data.scope.label}</Typography>
      {data.items.length === 0 ? (
        <Widget.NoData>Немає звернень і запитів із близьким строком</Widget.NoData>
      ) : (
        <Box tag="ul">
          {data.items.map((item) => (
            <Box tag="li" key={`${item.register}-${item.documentId}`} paddingBottom={1}>
              <Link to={itemUrl(item.register, item.documentId)}>
                <Typography textColor={item.overdue ? 'danger600' : 'neutral800'} fontWeight="semiBold">{item.registrationNumber}</Typography>
              </Link>{' '}
              <Typography variant="pi" textColor="neutral600">до {dateTime(item.dueAt)} · {item.subject?.slice(0, 60)}</Typography>
            </Box>
          ))}
        </Box>
      )}
      <Flex gap={4}>
        <Link to={listUrl(REGISTER_UIDS.appeal, dueBeforeQuery(REGISTER_UIDS.appeal, horizon))}>Усі звернення під загрозою</Link>
        <Link to={listUrl(REGISTER_UIDS.information_request, dueBeforeQuery(REGISTER_UIDS.information_request, horizon))}>Запити</Link>
      </Flex>
    </Flex>
  );
};

/** «Нерозподілені»: open items nobody is assigned to (routing found no one). */
export const UnroutedWidget = () => {
  const { data, error } = useDashboard();
  if (error) return <Widget.Error>{error}</Widget.Error>;
  if (!data) return <Widget.Loading />;
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Figure value={data.unrouted} label="без виконавця" tone={data.unrouted ? 'danger' : 'success'} to={listUrl(REGISTER_UIDS.appeal, unroutedQuery(REGISTER_UIDS.appeal))} />
      <Flex gap={4}>
        <Link to={listUrl(REGISTER_UIDS.appeal, unroutedQuery(REGISTER_UIDS.appeal))}>Звернення</Link>
        <Link to={listUrl(REGISTER_UIDS.information_request, unroutedQuery(REGISTER_UIDS.information_request))}>Запити</Link>
      </Flex>
      <Figure
        value={data.extensionNoticesMissing}
        label="продовжено без повідомлення заявника (ст. 20)"
        tone={data.extensionNoticesMissing ? 'danger' : 'success'}
      />
      {data.extensionNotices.map((n) => (
        <Link key={n.documentId} to={itemUrl('appeal', n.documentId)}>
          № {n.registrationNumber} — продовжено до {n.extendedUntil.split('-').reverse().join('.')}
        </Link>
      ))}
    </Flex>
  );
};

/** This month's share of answers given on time. */
export const OnTimeWidget = () => {
  const { data, error } = useDashboard();
  if (error) return <Widget.Error>{error}</Widget.Error>;
  if (!data) return <Widget.Loading />;
  const { answered, onTime, onTimeShare } = data.month;
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Figure value={onTimeShare === null ? '—' : `${onTimeShare}%`} label="вчасних відповідей цього місяця" tone={onTimeShare !== null && onTimeShare < 90 ? 'danger' : 'success'} to="/reports" />
      <Typography variant="pi" textColor="neutral600">{onTime} з {answered} відповідей надано в строк</Typography>
      <Link to="/reports">Звіт про виконавську дисципліну</Link>
    </Flex>
  );
};

/** «Прострочені»: open items whose term has passed, one click to the list of them. */
export const OverdueWidget = () => {
  const { data, error } = useDashboard();
  if (error) return <Widget.Error>{error}</Widget.Error>;
  if (!data) return <Widget.Loading />;
  const now = new Date();
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Figure value={data.overdue} label="прострочено" tone={data.overdue ? 'danger' : 'success'} to={listUrl(REGISTER_UIDS.appeal, dueBeforeQuery(REGISTER_UIDS.appeal, now))} />
      <Typography variant="pi" textColor="neutral600">{data.scope.label}</Typography>
      <Flex gap={4}>
        <Link to={listUrl(REGISTER_UIDS.appeal, dueBeforeQuery(REGISTER_UIDS.appeal, now))}>Звернення</Link>
        <Link to={listUrl(REGISTER_UIDS.information_request, dueBeforeQuery(REGISTER_UIDS.information_request, now))}>Запити</Link>
      </Flex>
    </Flex>
  );
};

const NOTIFICATION_UID = 'api::notification.notification';

/** «Не надіслані листи»: e-mails that failed for good (the queue's «Не надіслані» filter), counted for the user. */
export const FailedEmailsWidget = () => {
  const { get } = useFetchClient();
  const [count, setCount] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    get(`/content-manager/collection-types/${NOTIFICATION_UID}?page=1&pageSize=1&filters[$and][0][deliveryState][$eq]=failed`)
      .then((res: any) => alive && setCount(res.data?.pagination?.total ?? 0))
      .catch((e: any) => alive && setError(e?.response?.status === 403 ? 'Черга листів вам не доступна' : e?.message ?? 'Помилка'));
    return () => {
      alive = false;
    };
  }, []);
  if (error) return <Widget.Error>{error}</Widget.Error>;
  if (count === null) return <Widget.Loading />;
  const to = `/content-manager/collection-types/${NOTIFICATION_UID}?${failedNotificationsQuery()}`;
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Figure value={count} label="листів не надіслано" tone={count ? 'danger' : 'success'} to={to} />
      <Link to={to}>Відкрити чергу листів</Link>
    </Flex>
  );
};
