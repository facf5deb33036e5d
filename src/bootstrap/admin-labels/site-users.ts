import type { ContentManagerLayout } from './types';

/** Ukrainian labels of the public API's accounts (the users-permissions plugin's `User`). */
export const siteUserLayouts: ContentManagerLayout[] = [
  {
    uid: 'plugin::users-permissions.user',
    list: ['username', 'email', 'confirmed', 'blocked', 'role'],
    labels: {
      username: ['Ім’я користувача'],
      email: ['Електронна пошта'],
      provider: ['Спосіб входу', 'local — за паролем; інше — через зовнішній сервіс'],
      password: ['Пароль'],
      resetPasswordToken: ['Код скидання пароля'],
      confirmationToken: ['Код підтвердження'],
      confirmed: ['Пошту підтверджено'],
      blocked: ['Заблоковано'],
      role: ['Роль'],
    },
  },
];
