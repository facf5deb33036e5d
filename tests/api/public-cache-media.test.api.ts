import { api, baseUrl, http } from './support/client';
import { adminToken } from './support/admin';

/**
 * The media library writes files with strapi.db.query, not the Document Service; an edit or a deletion of a file a
 * public answer includes (a publication's cover) still bumps the content version, so the next public read is a miss
 * with the new alternative text, name or no cover at all (src/read-models/public/cache/content-version.ts).
 */
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
// a 1×1 transparent PNG
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

const QUERY = `query Covers($word: String) {
  publications(filters: { title: { containsi: $word } }) { title coverImage { name alternativeText url } }
}`;

async function anonymous(word: string) {
  const res = await fetch(`${baseUrl()}/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: QUERY, variables: { word } }) });
  const text = await res.text();
  return { status: res.status, cache: res.headers.get('x-public-cache'), publications: JSON.parse(text).data.publications as any[] };
}

async function uploadImage(name: string, alternativeText: string): Promise<{ id: number; url: string }> {
  const form = new FormData();
  form.append('files', new Blob([PNG], { type: 'image/png' }), name);
  form.append('fileInfo', JSON.stringify({ name, alternativeText }));
  const res = await fetch(`${baseUrl()}/upload`, { method: 'POST', headers: { Authorization: `Bearer ${await adminToken()}` }, body: form });
  const body: any = await res.json();
  expect(res.status).toBe(201);
  return { id: body[0].id, url: body[0].url };
}

const asAdmin = async (method: string, path: string, body?: unknown) => http(method, path, body, { Authorization: `Bearer ${await adminToken()}` });

describe('uploaded files in cached public answers', () => {
  it('shows an edited alternative text and name, then a deleted cover, on the very next public read', async () => {
    const word = `обкладинка${unique()}`;
    const file = await uploadImage(`park-${word}.png`, 'Сквер до ремонту');
    const created = await api('POST', '/publications?status=published', { data: { kind: 'news', title: `Сквер ${word}`, coverImage: file.id } });
    expect(created.status).toBe(201);

    const miss = await anonymous(word);
    const hit = await anonymous(word);
    expect([miss.status, miss.cache, hit.cache]).toEqual([200, 'miss', 'hit']);
    expect(hit.publications).toEqual([{ title: `Сквер ${word}`, coverImage: { name: `park-${word}.png`, alternativeText: 'Сквер до ремонту', url: file.url } }]);

    const edited = await asAdmin('PUT', `/upload/files/${file.id}`, { fileInfo: { alternativeText: 'Сквер після ремонту', name: `park-after-${word}.png` } });
    expect(edited.status).toBe(200);
    expect(edited.body.alternativeText).toBe('Сквер після ремонту');
    const afterEdit = await anonymous(word);
    expect(afterEdit.cache).toBe('miss');
    expect(afterEdit.publications).toEqual([{ title: `Сквер ${word}`, coverImage: { name: `park-after-${word}.png`, alternativeText: 'Сквер після ремонту', url: file.url } }]);
    expect((await anonymous(word)).cache).toBe('hit');

    const deleted = await asAdmin('DELETE', `/upload/files/${file.id}`);
    expect(deleted.status).toBe(200);
    const afterDelete = await anonymous(word);
    expect(afterDelete.cache).toBe('miss');
    expect(afterDelete.publications).toEqual([{ title: `Сквер ${word}`, coverImage: null }]);
  });
});
