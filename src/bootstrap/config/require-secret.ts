/**
 * Secrets come only from the environment. A missing one stops the start with a message that says what to do,
 * instead of Strapi running with a guessable default.
 */
export function requireSecret(env: (key: string) => string | undefined, key: string): string {
  const value = env(key);
  if (!value || !String(value).trim()) {
    throw new Error(
      `Не задано секрет ${key}. Запустіть \`npm run setup\` (створить .env зі свіжими випадковими значеннями) ` +
        `або задайте ${key} у середовищі. Missing secret ${key}: run \`npm run setup\` or set it in the environment.`,
    );
  }
  return String(value);
}

export function requireSecretList(env: (key: string) => string | undefined, key: string): string[] {
  return requireSecret(env, key).split(',').map((s) => s.trim()).filter(Boolean);
}
