import { existsSync, readFileSync, readdirSync, statSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';

/**
 * The shape of src/domain, checked on every run: pure (no framework import), no import circle, and each law's
 * folder depends on the register kernel and the shared helpers only — never on another law.
 */

const DOMAIN = resolve(__dirname, '../../../src/domain');
const LAW_FOLDERS = ['appeal', 'information-request', 'communications'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every module specifier of `import … from`, `export … from` and `import '…'`, type-only ones included. */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|(?:^|\n)\s*import\s+'([^']+)'/g)].map((m) => m[1] ?? m[2]);
}

function resolveLocal(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) if (existsSync(candidate)) return candidate;
  throw new Error(`${relative(DOMAIN, from)} imports ${specifier}, which does not exist`);
}

const files = sourceFiles(DOMAIN);
const graph = new Map(files.map((file) => [file, specifiers(file)]));
const edges = new Map(
  files.map((file) => [file, graph.get(file)!.map((s) => resolveLocal(file, s)).filter((f): f is string => f !== null)]),
);
const folderOf = (file: string) => relative(DOMAIN, file).split('/')[0];

describe('src/domain import graph', () => {
  it('reads the files it checks (the walker itself works)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(edges.get(join(DOMAIN, 'appeal/rules.ts'))).toContain(join(DOMAIN, 'register/pipeline.ts'));
  });

  it('imports nothing from Strapi or other framework packages', () => {
    const framework = files.flatMap((file) => graph.get(file)!.filter((s) => s.startsWith('@strapi/')).map((s) => `${relative(DOMAIN, file)} → ${s}`));
    expect(framework).toEqual([]);
  });

  it('has no import circle', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        circles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(DOMAIN, f)).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of edges.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(circles).toEqual([]);
  });

  it('keeps each law to itself: no law folder imports another law folder', () => {
    const crossings = files
      .filter((file) => LAW_FOLDERS.includes(folderOf(file)))
      .flatMap((file) =>
        edges.get(file)!
          .filter((target) => LAW_FOLDERS.includes(folderOf(target)) && folderOf(target) !== folderOf(file))
          .map((target) => `${relative(DOMAIN, file)} → ${relative(DOMAIN, target)}`),
      );
    expect(crossings).toEqual([]);
  });

  it('keeps the register kernel free of any law', () => {
    const kernel = files.filter((file) => folderOf(file) === 'register');
    expect(kernel.length).toBeGreaterThan(5);
    const intoLaws = kernel.flatMap((file) => edges.get(file)!.filter((t) => LAW_FOLDERS.includes(folderOf(t))).map((t) => relative(DOMAIN, t)));
    expect(intoLaws).toEqual([]);
  });
});
