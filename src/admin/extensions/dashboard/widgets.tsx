import { Box, Flex, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { REGISTER_UIDS, dueBeforeQuery, itemUrl, listUrl, unroutedQuery } from '../list-links';
import { useDashboard } from './useDashboard';

const dateTime = (iso: string) => new Date(iso).toLocaleString('uk-UA', { timeZone: 'Europe/Kyiv', day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' });

const Figure = ({ value, label, tone }: { value: string | number; label: string; tone?: 'danger' | 'success' }) => (
  <Box>
    <Typography variant="alpha" textColor={tone === 'danger' ? 'danger600' : tone === 'success' ? 'success600' : 'neutral800'} data-figure={label}>
      {value}
    </Typography>
    <Typography variant="pi" textColor="neutral600" display="block">{label}</Typography>
  </Box>
);

/** «Терміни під загрозою»: due within 3 working days and overdue, for the head's department or one's own items. */
export const AtRiskWidget = () => {
  const { data, error } = useDashboard();
  if (error) return <Widget.Error>{error}</Widget.Error>;
  if (!data) return <Widget.Loading />;
  const horizon = new Date(data.horizon);
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Flex gap={6}>
        <Figure value={data.atRisk} label="до строку ≤ 3 робочих днів" />
        <Figure value={data.overdue} label="прострочено" tone={data.overdue ? 'danger' : undefined} />
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
      <Figure value={data.unrouted} label="без виконавця" tone={data.unrouted ? 'danger' : 'success'} />
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
      <Figure value={onTimeShare === null ? '—' : `${onTimeShare}%`} label="вчасних відповідей цього місяця" tone={onTimeShare !== null && onTimeShare < 90 ? 'danger' : 'success'} />
      <Typography variant="pi" textColor="neutral600">{onTime} з {answered} відповідей надано в строк</Typography>
      <Link to="/reports">Звіт про виконавську дисципліну</Link>
    </Flex>
  );
};
