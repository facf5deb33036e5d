import { asSuper } from './support/admin-roles';

/** Latin letters in a name a clerk reads, besides the two terms Ukrainian office language keeps as they are. */
const latin = (text: string) => /[A-Za-z]/.test(text.replace(/\b(API|e-mail)\b/g, ''));

describe('content manager: every type a clerk can open is named in Ukrainian', () => {
  it('lists no type under an English name (the public API accounts included)', async () => {
    const res = await asSuper('GET', '/content-manager/content-types');
    expect(res.status).toBe(200);
    const shown = (res.body.data as any[]).filter((ct) => ct.isDisplayed);
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.filter((ct) => latin(ct.info.displayName)).map((ct) => `${ct.uid}: ${ct.info.displayName}`)).toEqual([]);
    expect(shown.find((ct) => ct.uid === 'plugin::users-permissions.user')?.info.displayName).toBe('Користувач публічного API');
  });

  it('labels the public API accounts’ fields and list columns in Ukrainian', async () => {
    const res = await asSuper('GET', '/content-manager/content-types/plugin::users-permissions.user/configuration');
    expect(res.status).toBe(200);
    const { metadatas, layouts } = res.body.data.contentType;
    expect(metadatas.username.edit.label).toBe('Ім’я користувача');
    expect(metadatas.blocked.list.label).toBe('Заблоковано');
    expect(metadatas.createdAt.list.label).toBe('Створено');
    expect(layouts.list).toEqual(['username', 'email', 'confirmed', 'blocked', 'role']);
  });
});
