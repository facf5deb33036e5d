import { Kind, parse, visit, type DocumentNode } from 'graphql';

/**
 * GraphQL's validation and request errors, in Ukrainian. The GraphQL error code (`extensions.code`) stays as it is;
 * the English text is kept in `extensions.originalMessage` for developers of the city website.
 */
type Rule = [RegExp, (m: RegExpExecArray) => string];

const q = (name: string) => `«${name}»`;

const RULES: Rule[] = [
  [/^Cannot query field "([^"]+)" on type "([^"]+)"\.?/, (m) => `Поля ${q(m[1])} немає в типі ${q(m[2])}.`],
  [/^Syntax Error: (.*)$/s, (m) => `Синтаксична помилка в запиті GraphQL: ${syntaxDetail(m[1])}`],
  [/^Variable "\$([^"]+)" got invalid value (.*?); (.*)$/s, (m) => `Змінна ${q('$' + m[1])} має неприпустиме значення ${m[2]}: ${m[3]}`],
  [/^Variable "\$([^"]+)" of required type "([^"]+)" was not provided\.?$/, (m) => `Не передано обов’язкову змінну ${q('$' + m[1])} типу ${q(m[2])}.`],
  [/^Variable "\$([^"]+)" is not defined/, (m) => `Змінну ${q('$' + m[1])} не оголошено.`],
  [/^Variable "\$([^"]+)" is never used/, (m) => `Змінна ${q('$' + m[1])} не використовується.`],
  [/^Cannot spread fragment "([^"]+)" within itself/, (m) => `Фрагмент ${q(m[1])} посилається сам на себе (цикл фрагментів).`],
  [/^Unknown fragment "([^"]+)"/, (m) => `Невідомий фрагмент ${q(m[1])}.`],
  [/^Fragment "([^"]+)" is never used/, (m) => `Фрагмент ${q(m[1])} не використовується.`],
  [/^Unknown argument "([^"]+)" on field "([^"]+)"/, (m) => `Невідомий аргумент ${q(m[1])} поля ${q(m[2])}.`],
  [/^Unknown type "([^"]+)"/, (m) => `Невідомий тип ${q(m[1])}.`],
  [/^Unknown operation named "([^"]+)"/, (m) => `Невідома операція ${q(m[1])}.`],
  [/^Field "([^"]+)" of type "([^"]+)" must have a selection of subfields/, (m) => `Поле ${q(m[1])} типу ${q(m[2])} потребує переліку вкладених полів.`],
  [/^Field "([^"]+)" must not have a selection since type "([^"]+)" has no subfields/, (m) => `Поле ${q(m[1])} типу ${q(m[2])} не має вкладених полів.`],
  [/^Field "([^"]+)" argument "([^"]+)" of type "([^"]+)" is required/, (m) => `Аргумент ${q(m[2])} поля ${q(m[1])} обов’язковий.`],
  [/^Int cannot represent non 32-bit signed integer value: (.*)$/s, (m) => `ціле число має бути від -2147483648 до 2147483647, отримано ${m[1]}`],
  [/^(Int|Float) cannot represent non-(integer|numeric) value: (.*)$/s, (m) => `очікується ${m[1] === 'Int' ? 'ціле число' : 'число'}, отримано ${m[3]}`],
  [/^(Int|Float|String|Boolean|ID) cannot represent (.*)$/s, (m) => `значення не підходить для типу ${m[1]} (${m[2]})`],
  [/^Expected value of type "([^"]+)", found (.*?)[;.]/s, (m) => `Очікується значення типу ${q(m[1])}, отримано ${m[2]}.`],
  [/^'?([^']*)'? exceeds maximum operation depth of (\d+)/, (m) => `Запит ${q(m[1])} вкладений глибше, ніж дозволено (${m[2]} рівнів).`],
  [/^There can be only one (fragment|operation|argument|variable) named "([^"]+)"/, (m) => `Назва ${q(m[2])} повторюється.`],
  [/^This anonymous operation must be the only defined operation/, () => 'Анонімна операція має бути єдиною в запиті.'],
  [/^Must provide operation name if query contains multiple operations/, () => 'Запит містить кілька операцій: вкажіть operationName.'],
  [/^(POST body missing|Must provide query string|GraphQL queries must be strings)/, () => 'Запит GraphQL має бути текстом у полі «query» JSON-тіла.'],
  [/^`?variables`? in a POST body should be provided as an object/i, () => 'Змінні запиту GraphQL («variables») мають бути JSON-об’єктом.'],
  [/^Unknown directive "([^"]+)"/, (m) => `Невідома директива ${q(m[1])}.`],
  [/^Forbidden access$/, () => 'Доступ заборонено.'],
];

const CYRILLIC = /[А-Яа-яІіЇїЄєҐґ]/;

const TOKENS: Record<string, string> = { '<EOF>': 'кінець запиту', Name: 'назва' };
const token = (text: string) => TOKENS[text] ?? text;

function syntaxDetail(detail: string): string {
  const expected = /^Expected (.+?), found (.+?)\.?$/s.exec(detail);
  if (expected) return `очікується ${token(expected[1])}, а знайдено ${token(expected[2])}.`;
  const unexpected = /^Unexpected (.+?)\.?$/s.exec(detail);
  if (unexpected) return `неочікуване ${token(unexpected[1])}.`;
  return detail;
}

export function translateGraphqlMessage(message: string): string {
  if (!message || CYRILLIC.test(message)) return message;
  for (const [pattern, render] of RULES) {
    const match = pattern.exec(message);
    if (match) {
      // "Variable … got invalid value …; Int cannot represent …" carries a second English sentence
      const text = render(match);
      const inner = /: ((Int|Float|String|Boolean|ID) cannot represent .*)$/s.exec(text);
      return inner ? text.replace(inner[1], translateGraphqlMessage(inner[1])) : text;
    }
  }
  return `Помилка запиту GraphQL: ${message}`;
}

/** Translates `{ errors: [{ message, extensions }] }` in place; the code in `extensions.code` stays. */
export function translateGraphqlBody<T>(body: T): T {
  const list = (body as any)?.errors;
  if (!Array.isArray(list)) return body;
  for (const error of list) {
    if (!error || typeof error.message !== 'string' || CYRILLIC.test(error.message)) continue;
    const original = error.message;
    error.message = translateGraphqlMessage(original);
    error.extensions = { ...(error.extensions ?? {}), originalMessage: original };
  }
  return body;
}

export interface GraphqlDocumentProblem {
  code: string;
  /** the stable rule, as in every other refusal (`extensions.rule`) */
  rule: 'graphql.too_deep' | 'graphql.fragment_cycle';
  message: string;
}

/**
 * What must be refused before the GraphQL server validates a document: fragments that spread into each other
 * (a validation rule that walks fragments, like the depth limit, would follow the cycle until the stack is gone)
 * and nesting too deep for the parser's recursion. Other errors are left to GraphQL's own validation.
 */
export function graphqlDocumentProblem(query: unknown): GraphqlDocumentProblem | null {
  const read = readGraphqlDocument(query);
  return read && 'problem' in read ? read.problem : null;
}

/**
 * Parses a query once for every check before the GraphQL server: the document when it is safe to measure, the problem
 * when it must be refused, or null when there is nothing to check (no query, a syntax error GraphQL answers itself).
 */
export function readGraphqlDocument(query: unknown): { document: DocumentNode } | { problem: GraphqlDocumentProblem } | null {
  if (typeof query !== 'string' || query === '') return null;
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    if (error instanceof RangeError) {
      return { problem: { code: 'GRAPHQL_VALIDATION_FAILED', rule: 'graphql.too_deep', message: 'Запит GraphQL вкладений надто глибоко.' } };
    }
    return null; // a syntax error: GraphQL answers it (translated)
  }
  const spreads = new Map<string, string[]>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    const names: string[] = [];
    visit(definition.selectionSet, { FragmentSpread: (node) => void names.push(node.name.value) });
    spreads.set(definition.name.value, names);
  }
  const cycle = findCycle(spreads);
  if (!cycle) return { document };
  return {
    problem: {
      code: 'GRAPHQL_VALIDATION_FAILED',
      rule: 'graphql.fragment_cycle',
      message: `Фрагменти запиту посилаються самі на себе по колу: ${cycle.map(q).join(' → ')}. Приберіть цикл фрагментів.`,
    },
  };
}

function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  for (const start of graph.keys()) {
    if (state.has(start)) continue;
    // iterative depth-first search: [node, index of its next neighbour]
    const path: Array<[string, number]> = [[start, 0]];
    state.set(start, 'open');
    while (path.length) {
      const top = path[path.length - 1];
      const next = (graph.get(top[0]) ?? [])[top[1]++];
      if (next === undefined) {
        state.set(top[0], 'done');
        path.pop();
      } else if (state.get(next) === 'open') {
        const from = path.findIndex(([name]) => name === next);
        return [...path.slice(from).map(([name]) => name), next];
      } else if (!state.has(next) && graph.has(next)) {
        state.set(next, 'open');
        path.push([next, 0]);
      }
    }
  }
  return null;
}
