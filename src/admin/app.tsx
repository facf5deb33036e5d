import type { StrapiApp } from '@strapi/strapi/admin';
import { ChartPie, Clock, Calendar, User, PlusCircle } from '@strapi/icons';
import { AnswerPublicationButton } from './extensions/AnswerPublicationButton';
import { OverdueButton } from './extensions/OverdueButton';
import { FailedNotificationsButton } from './extensions/FailedNotificationsButton';
import { UnroutedButton } from './extensions/UnroutedButton';
import { HiddenFilterGuard } from './extensions/HiddenFilterGuard';
import { HOMEPAGE_UK, CONTENT_MANAGER_UK, UPLOAD_UK } from './translations-uk';
import { enumMessages } from './enum-labels';
import { enumerationCells } from './extensions/enum-cells';
import { enumerationFilters } from './extensions/EnumFilterInput';
import { personFilters, relationFilters } from './extensions/RelationFilterInput';
import { keepTypedOnRefusal } from './extensions/keep-typed-on-refusal';
import { dateCells, textCells } from './extensions/date-cells';
import { editSections, SectionTitles } from './extensions/form/sections';
import { cityHomepage } from './extensions/dashboard/homepage';
import { ChangesInWords, journalLayout } from './extensions/journal/ChangesInWords';
import { turnOffProductTour } from './extensions/tour-off';

// The council works in Ukrainian: make it the panel's language unless the user has picked another one.
const LANGUAGE_KEY = 'strapi-admin-language';
if (typeof window !== 'undefined' && !window.localStorage.getItem(LANGUAGE_KEY)) {
  window.localStorage.setItem(LANGUAGE_KEY, 'uk');
}
turnOffProductTour();

const widget = (id: string, title: string, icon: any, load: () => Promise<any>, link?: { label: string; href: string }) => ({
  id,
  icon,
  title: { id: `city.widget.${id}`, defaultMessage: title },
  component: load,
  ...(link ? { link: { label: { id: `city.widget.${id}.link`, defaultMessage: link.label }, href: link.href } } : {}),
});

export default {
  config: {
    locales: ['uk'],
    translations: {
      uk: {
        // enumeration options of the edit form and the list filters are looked up by their raw value
        ...enumMessages(),
        ...HOMEPAGE_UK,
        ...CONTENT_MANAGER_UK,
        ...UPLOAD_UK,
        'Auth.form.welcome.title': 'Звернення громадян і публічна інформація',
        'Auth.form.welcome.subtitle': 'Увійдіть до адмін-панелі міської ради',
        'app.components.LeftMenu.navbrand.title': 'Міська рада',
        'app.components.LeftMenu.navbrand.workplace': 'Адмін-панель',
        'city.reports': 'Звіти',
      },
    },
    tutorials: false,
    notifications: { releases: false },
  },
  register(app: StrapiApp) {
    app.addMiddlewares([keepTypedOnRefusal as any]);
    app.addMenuLink({
      to: '/reports',
      icon: ChartPie,
      intlLabel: { id: 'city.reports', defaultMessage: 'Звіти' },
      Component: () => import('./extensions/reports/ReportsPage'),
      permissions: [],
    });
    app.widgets.register([
      widget('at-risk', 'Терміни під загрозою', Clock, () => import('./extensions/dashboard/widgets').then((m) => m.AtRiskWidget)),
      widget('unrouted', 'Нерозподілені', User, () => import('./extensions/dashboard/widgets').then((m) => m.UnroutedWidget)),
      widget('on-time', 'Вчасні відповіді цього місяця', Calendar, () => import('./extensions/dashboard/widgets').then((m) => m.OnTimeWidget), { label: 'Звіти', href: '/reports' }),
    ]);
    app.widgets.register(cityHomepage);
    app.addMenuLink({
      to: 'responsibilities',
      icon: User,
      intlLabel: { id: 'city.responsibilities', defaultMessage: 'Відповідальність' },
      Component: () => import('./pages/Responsibilities'),
      permissions: [],
    });
    app.addMenuLink({
      to: 'colleagues',
      icon: PlusCircle,
      intlLabel: { id: 'city.colleagues', defaultMessage: 'Додати колегу' },
      Component: () => import('./pages/Colleagues'),
      // the page is for whoever may create admin-panel accounts (the route checks the same permission)
      permissions: [{ action: 'admin::users.create', subject: null }],
    });
  },
  bootstrap(app: StrapiApp) {
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', enumerationCells);
    app.registerHook('Admin/CM/pages/ListView/inject-in-filters', enumerationFilters);
    app.registerHook('Admin/CM/pages/ListView/inject-in-filters', relationFilters);
    app.registerHook('Admin/CM/pages/ListView/inject-in-filters', personFilters);
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', dateCells);
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', textCells);
    app.registerHook('Admin/CM/pages/EditView/mutate-edit-view-layout', editSections);
    app.getPlugin('content-manager').injectComponent('editView', 'right-links', { name: 'form-sections', Component: SectionTitles });
    app.registerHook('Admin/CM/pages/EditView/mutate-edit-view-layout', journalLayout);
    app.getPlugin('content-manager').injectComponent('editView', 'right-links', { name: 'journal-in-words', Component: ChangesInWords });
    app.getPlugin('content-manager').injectComponent('listView', 'actions', {
      name: 'overdue-filter',
      Component: OverdueButton,
    });
    app.getPlugin('content-manager').injectComponent('listView', 'actions', {
      name: 'failed-notifications-filter',
      Component: FailedNotificationsButton,
    });
    app.getPlugin('content-manager').injectComponent('editView', 'right-links', {
      name: 'answer-publication',
      Component: AnswerPublicationButton,
    });
    app.getPlugin('content-manager').injectComponent('listView', 'actions', {
      name: 'unrouted-filter',
      Component: UnroutedButton,
    });
    app.getPlugin('content-manager').injectComponent('listView', 'actions', {
      name: 'hidden-filter-guard',
      Component: HiddenFilterGuard,
    });
  },
};
