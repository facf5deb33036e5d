import { WarningCircle, Mail } from '@strapi/icons';

const widget = (id: string, title: string, icon: any, load: () => Promise<any>) => ({
  id,
  icon,
  title: { id: `city.widget.${id}`, defaultMessage: title },
  component: load,
});

const load = (name: string) => () => import('./widgets').then((m: any) => m[name]);

/** The city's widgets in the order a clerk needs them. */
const ORDER = ['at-risk', 'overdue', 'unrouted', 'on-time', 'failed-emails'];

const EXTRA = [
  widget('overdue', 'Прострочені', WarningCircle, load('OverdueWidget')),
  widget('failed-emails', 'Не надіслані листи', Mail, load('FailedEmailsWidget')),
];

/**
 * A reducer for `app.widgets.register`: the homepage holds the city's widgets only — deadlines at risk, overdue,
 * unrouted, on-time share, failed e-mails — and none of Strapi's generic ones (profile, statistics, last edited…).
 */
export function cityHomepage(all: any[]): any[] {
  const city = [...all.filter((w) => !w.pluginId && ORDER.includes(w.id)), ...EXTRA.filter((e) => !all.some((w) => !w.pluginId && w.id === e.id))];
  return ORDER.map((id) => city.find((w) => w.id === id)).filter(Boolean);
}

