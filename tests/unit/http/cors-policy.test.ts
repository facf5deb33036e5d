import { corsDecision, originOf, parseCorsOrigins } from '../../../src/http/cors-policy';

const settings = { trustedOrigins: ['https://panel.example.ua'], publicReadPaths: ['/api/publications', '/api/classifier-topics'], graphqlPath: '/graphql' };
const own = 'https://rada.example.ua';
const decide = (origin: string, method: string, path: string, requestedMethod?: string) => corsDecision({ origin, method, path, requestedMethod, ownOrigin: own }, settings);

describe('which origins a page may call from', () => {
  it('trusted and own origins: with credentials, anywhere', () => {
    expect(decide('https://panel.example.ua', 'POST', '/admin/access-token')).toEqual({ allowOrigin: 'https://panel.example.ua', credentials: true });
    expect(decide(own, 'OPTIONS', '/admin/users/me', 'GET')).toEqual({ allowOrigin: own, credentials: true });
  });

  it('a foreign origin: nothing on admin routes and writes', () => {
    expect(decide('https://evil.example', 'POST', '/admin/access-token')).toEqual({ allowOrigin: null, credentials: false });
    expect(decide('https://evil.example', 'OPTIONS', '/admin/access-token', 'POST')).toEqual({ allowOrigin: null, credentials: false });
    expect(decide('https://evil.example', 'POST', '/api/publications')).toEqual({ allowOrigin: null, credentials: false });
    expect(decide('https://evil.example', 'GET', '/api/appeals')).toEqual({ allowOrigin: null, credentials: false });
    expect(decide('https://evil.example', 'GET', '/api/publicationsX')).toEqual({ allowOrigin: null, credentials: false });
  });

  it('a foreign origin: public reads without credentials', () => {
    expect(decide('https://evil.example', 'POST', '/graphql')).toEqual({ allowOrigin: 'https://evil.example', credentials: false });
    expect(decide('https://evil.example', 'OPTIONS', '/graphql', 'POST')).toEqual({ allowOrigin: 'https://evil.example', credentials: false });
    expect(decide('https://evil.example', 'GET', '/api/publications/abc')).toEqual({ allowOrigin: 'https://evil.example', credentials: false });
    expect(decide('https://evil.example', 'OPTIONS', '/api/classifier-topics', 'GET')).toEqual({ allowOrigin: 'https://evil.example', credentials: false });
    expect(decide('https://evil.example', 'OPTIONS', '/api/classifier-topics', 'DELETE')).toEqual({ allowOrigin: null, credentials: false });
  });

  it('CORS_ORIGINS: origins only, no wildcard', () => {
    expect(parseCorsOrigins(' https://a.example.ua , http://localhost:3000,, ')).toEqual(['https://a.example.ua', 'http://localhost:3000']);
    expect(parseCorsOrigins('')).toEqual([]);
    expect(parseCorsOrigins(undefined)).toEqual([]);
    expect(() => parseCorsOrigins('*')).toThrow(/wildcard/);
    expect(() => parseCorsOrigins('https://*.example.ua')).toThrow(/wildcard/);
    expect(() => parseCorsOrigins('https://a.example.ua/path')).toThrow(/not an origin/);
    expect(() => parseCorsOrigins('a.example.ua')).toThrow(/not an origin/);
    expect(originOf('https://rada.example.ua/admin')).toBe('https://rada.example.ua');
    expect(originOf('/admin')).toBeNull();
    expect(originOf('')).toBeNull();
  });
});
