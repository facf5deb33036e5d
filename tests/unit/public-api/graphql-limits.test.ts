import { buildSchema, getIntrospectionQuery, parse } from 'graphql';
import { measureDocument, queryLimitViolation } from '../../../src/http/graphql/query-limits';

const schema = buildSchema(`
  input PaginationArg { page: Int pageSize: Int start: Int limit: Int }
  type Topic { code: String title: String }
  type Item { title: String topic: Topic tags: [Topic] }
  type ItemCollection { nodes: [Item!]! pageInfo: PageInfo! }
  type PageInfo { total: Int page: Int }
  type Query {
    items(pagination: PaginationArg = {}, sort: [String]): [Item]!
    items_connection(pagination: PaginationArg = {}): ItemCollection
    item(id: ID): Item
  }
`);

const measure = (query: string, variables: Record<string, unknown> = {}) => measureDocument(parse(query), schema, variables);

describe('what a GraphQL query costs', () => {
  it('counts each field once and a list by its page size', () => {
    expect(measure('{ item { title } }')).toEqual({ depth: 1, aliases: 0, cost: 2 });
    expect(measure('{ items { title topic { code } } }')).toEqual({ depth: 2, aliases: 0, cost: 1 + 25 * (1 + 1 + 1) });
    expect(measure('{ items(pagination: { pageSize: 10 }) { title } }')).toEqual({ depth: 1, aliases: 0, cost: 11 });
    expect(measure('{ items(pagination: { limit: 100000 }) { title } }')).toEqual({ depth: 1, aliases: 0, cost: 101 });
    expect(measure('query Q($p: PaginationArg) { items(pagination: $p) { title } }', { p: { pageSize: 4 } })).toEqual({ depth: 1, aliases: 0, cost: 5 });
  });

  it('a connection passes its page size to its nodes, not twice', () => {
    expect(measure('{ items_connection(pagination: { pageSize: 10 }) { nodes { title } pageInfo { total } } }')).toEqual({ depth: 2, aliases: 0, cost: 1 + (1 + 10 * 1) + (1 + 1) });
  });

  it('aliases and fragments: counted per spread, measured once', () => {
    expect(measure('{ a: item { title } b: item { t: title } }')).toMatchObject({ aliases: 3 });
    expect(measure('{ ...F ...F } fragment F on Query { x: item { title } }')).toMatchObject({ aliases: 2, depth: 1 });
    const laughs = ['fragment F0 on Topic { code title }', ...Array.from({ length: 60 }, (_, i) => `fragment F${i + 1} on Topic { ...F${i} ...F${i} }`)];
    const big = measure(`{ item { topic { ...F60 } } } ${laughs.join(' ')}`);
    expect('cost' in big && big.cost > 1e18).toBe(true);
  });

  it('an unused fragment is measured on its own; the introspection query is not limited', () => {
    const nest = (n: number) => Array.from({ length: n }, (_, i) => `f${i} {`).join(' ') + ' x ' + '}'.repeat(n);
    expect(queryLimitViolation(parse(`{ item { title } } fragment Unused on Query { ${nest(8)} }`), schema)).toEqual({ rule: 'graphql.depth', actual: 8, max: 7 });
    expect(queryLimitViolation(parse(getIntrospectionQuery()), schema)).toBeNull();
  });

  it('depth as the plugin counts it: nested selection sets, introspection not counted', () => {
    expect(measure('{ a { b { c { d } } } }')).toMatchObject({ depth: 3 });
    expect(measure('{ __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }')).toEqual({ depth: 0, aliases: 0, cost: 0 });
  });

  it('reports the first broken limit, and fragment cycles', () => {
    const nest = (n: number) => Array.from({ length: n }, (_, i) => `f${i} {`).join(' ') + ' x ' + '}'.repeat(n);
    expect(queryLimitViolation(parse(`{ ${nest(7)} }`), schema)).toBeNull();
    expect(queryLimitViolation(parse(`{ ${nest(8)} }`), schema)).toEqual({ rule: 'graphql.depth', actual: 8, max: 7 });
    expect(queryLimitViolation(parse(`{ ${Array.from({ length: 21 }, (_, i) => `a${i}: item { title }`).join(' ')} }`), schema)).toEqual({ rule: 'graphql.aliases', actual: 21, max: 20 });
    expect(queryLimitViolation(parse('{ items(pagination: { pageSize: 100 }) { tags(pagination: { pageSize: 100 }) { code } } }'), schema)).toEqual({ rule: 'graphql.cost', actual: 1 + 100 * (1 + 100), max: 10_000 });
    expect(queryLimitViolation(parse('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'), schema)).toEqual({ rule: 'graphql.fragment_cycle', fragment: 'A' });
  });
});
