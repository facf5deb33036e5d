import type { StrapiApp } from '@strapi/strapi/admin';
import { OverdueButton } from './extensions/OverdueButton';
import { UnroutedButton } from './extensions/UnroutedButton';

// The council works in Ukrainian: make it the panel's language unless the user has picked another one.
const LANGUAGE_KEY = 'strapi-admin-language';
if (typeof window !== 'undefined' && !window.localStorage.getItem(LANGUAGE_KEY)) {
  window.localStorage.setItem(LANGUAGE_KEY, 'uk');
}

export default {
  config: {
    locales: ['uk'],
    translations: {
      uk: {
        'Auth.form.welcome.title': 'Звернення громадян і публічна інформація',
        'Auth.form.welcome.subtitle': 'Увійдіть до адмін-панелі міської ради',
        'app.components.LeftMenu.navbrand.title': 'Міська рада',
        'app.components.LeftMenu.navbrand.workplace': 'Адмін-панель',
      },
    },
    tutorials: false,
    notifications: { releases: false },
  },
  register(app: StrapiApp) {
    app.addMenuLink({
      to: 'responsibilities',
      icon: () => null,
      intlLabel: { id: 'city.responsibilities', defaultMessage: 'Відповідальність' },
      Component: () => import('./pages/Responsibilities'),
      permissions: [],
    });
  },
  bootstrap(app: StrapiApp) {
    app.getPlugin('content-manager').injectComponent('listView', 'actions', {
      name: 'overdue-filter',
      Component: OverdueButton,
    });
    app.getPlugin('content-manager').injectComponent('listView', 'actions', {
      name: 'unrouted-filter',
      Component: UnroutedButton,
    });
  },
};
