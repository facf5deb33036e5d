import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { RuleViolation } from '../domain/errors';
import { loadDeadlineSettings, type LoadedDeadlineSettings } from './deadline-settings-source';
import { nextSequenceValue } from './registration-sequence';
import type { DocumentMiddleware } from './middleware';
import { storedIsoDate } from './stored-values';
import { isBlank, readBoolean, refusingDomainErrors, readInstant, readIsoDate, readNumber, readRelation, readText, refuse, sameValue } from './input';
import { correctionOf } from './correction-context';

type Snapshot = Record<string, unknown>;
type Decision = { ok: true; set: Record<string, unknown> } | { ok: false; error: RuleViolation; errors?: RuleViolation[] };

/**
 * How a register (appeals, information requests) meets its domain decision. Everything else — reading what the
 * caller sent, loading the stored record and the settings, refusing with a 400, writing the computed fields and the
 * registration number in one transaction — is the same for every register and lives in `registerRules`.
 */
export interface RegisterSpec<S extends Snapshot> {
  uid: string;
  /** Scalar attributes that are also snapshot fields (same name); their reader follows the attribute type. */
  fields: Array<keyof S & string>;
  /** to-one relation attribute → snapshot field holding the related documentId */
  relations: Record<string, keyof S & string>;
  /** a single component attribute whose fields feed the snapshot: component field → snapshot field */
  component?: { attribute: string; fields: Record<string, keyof S & string> };
  /** Snapshot values when the stored value is null (schema defaults). */
  defaults: Partial<S>;
  /** Computed attributes: a caller may send them back unchanged (the admin form does), never change them. */
  computed: string[];
  /** Computed flags that a changed value from the caller is silently ignored for (they are recomputed). */
  recomputedFlags: string[];
  /**
   * Read-only facts the decision needs about other records (e.g. the earlier appeal a repeated one is linked to), from
   * what the caller sent and the stored item; they join the snapshot the decision and `registrationNumber` see.
   */
  facts?(strapi: Core.Strapi, data: Record<string, any>, before: S | null): Promise<Partial<S>>;
  decide(input: { before: S | null; patch: Partial<S>; now: Date; settings: LoadedDeadlineSettings; correction: { field: string } | null }): Decision;
  /** The registration number of a new item; `sequence(year)` takes the next number of the register's yearly counter. */
  registrationNumber(patch: Partial<S>, sequence: (year: number) => Promise<number>): Promise<string>;
  /** Message when `clone` is attempted. */
  cloneRefusal: string;
}

/** A written change of a register item, as listeners see it (inside the change's transaction). */
export interface RegisterChangeEvent {
  uid: string;
  action: 'create' | 'update';
  documentId: string;
  before: Snapshot | null;
}

/**
 * Work that must commit or roll back together with a register change (e.g. the e-mail outbox): called after the
 * write, inside its transaction, so every caller's write still takes the one path through `registerRules`.
 */
export type RegisterChangeListener = (strapi: Core.Strapi, change: RegisterChangeEvent) => Promise<void>;

export function registerRules<S extends Snapshot>(
  strapi: Core.Strapi,
  spec: RegisterSpec<S>,
  scope: string,
  listeners: readonly RegisterChangeListener[] = [],
): DocumentMiddleware {
  return async (context, next) => {
    const { uid, action, params, contentType } = context as any;
    if (uid !== spec.uid) return next();
    if (action === 'clone') refuse('registrationNumber', spec.cloneRefusal, 'register.clone');
    if (action !== 'create' && action !== 'update') return next();
    const data: Record<string, any> = params.data ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) refuse('data', 'Дані запису мають бути об’єктом.');

    return strapi.db.transaction(async () => {
      const before = action === 'update' ? await loadSnapshot(strapi, spec, contentType, params.documentId) : null;
      const read = readPatch(spec, contentType, data, before);
      const facts = spec.facts ? await spec.facts(strapi, data, before) : {};
      const known = before === null ? null : ({ ...before, ...facts } as S);
      const patch = before === null ? ({ ...read, ...facts } as Partial<S>) : read;
      const settings = await loadDeadlineSettings(strapi);
      const correction = action === 'update' ? correctionOf(uid, params.documentId) : null;
      const decision = refusingDomainErrors(() => spec.decide({ before: known, patch, now: new Date(), settings, correction }));
      if (!decision.ok) refuseAll(spec, decision.errors ?? [decision.error]);

      for (const field of spec.computed) delete data[field];
      for (const [field, value] of Object.entries(decision.set)) {
        data[field] = value instanceof Date ? value.toISOString() : value;
      }
      if (!before) {
        data.registrationNumber = await refusingDomainErrors(() => spec.registrationNumber(patch, (year) => nextSequenceValue(strapi, scope, year)));
      }
      params.data = data;
      const result: any = await next();
      const documentId = result?.documentId ?? params.documentId;
      for (const listener of listeners) await listener(strapi, { uid, action, documentId, before });
      return result;
    });
  };
}

/**
 * Every broken rule of the save in one 400: the first one's message and rule code head the error, and
 * `details.errors` holds each with its form path and rule code, the shape the admin form highlights fields by.
 */
function refuseAll(spec: RegisterSpec<any>, violations: RuleViolation[]): never {
  const [first] = violations;
  throw new errors.ValidationError(first.message, {
    rule: first.rule,
    errors: violations.map((v) => ({ path: fieldPath(spec, v.field).split('.'), message: v.message, name: 'ValidationError', rule: v.rule, value: undefined })),
  });
}

/** Snapshot field names → the attribute path the admin form highlights. */
function fieldPath(spec: RegisterSpec<any>, domainField: string): string {
  for (const [attribute, key] of Object.entries(spec.relations)) if (key === domainField) return attribute;
  if (spec.component) {
    for (const [field, key] of Object.entries(spec.component.fields)) if (key === domainField) return `${spec.component.attribute}.${field}`;
  }
  return domainField;
}

function readerFor(attribute: any): (value: unknown, field: string) => unknown {
  switch (attribute?.type) {
    case 'datetime':
      return readInstant;
    case 'date':
      return readIsoDate;
    case 'boolean':
      return readBoolean;
    case 'integer':
    case 'biginteger':
    case 'decimal':
    case 'float':
      return readNumber;
    default:
      return readText;
  }
}

function fromRow(attribute: any, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (attribute?.type) {
    case 'datetime':
      return new Date(value as any);
    case 'date':
      return storedIsoDate(value);
    case 'boolean':
      return value === true || value === 1 || value === '1' || value === 'true';
    case 'integer':
    case 'biginteger':
    case 'decimal':
    case 'float':
      return Number(value);
    default:
      return value;
  }
}

async function loadSnapshot<S extends Snapshot>(strapi: Core.Strapi, spec: RegisterSpec<S>, contentType: any, documentId: unknown): Promise<S> {
  if (typeof documentId !== 'string' || !documentId) refuse('documentId', 'Не вказано, який запис змінити.');
  const populate: Record<string, unknown> = {};
  for (const attribute of Object.keys(spec.relations)) populate[attribute] = { select: ['documentId'] };
  if (spec.component) populate[spec.component.attribute] = true;
  const row: any = await strapi.db.query(spec.uid as any).findOne({ where: { documentId }, populate });
  if (!row) throw new errors.NotFoundError('Запис не знайдено.');
  const snapshot: Snapshot = { registrationNumber: row.registrationNumber ?? null };
  for (const field of spec.fields) snapshot[field] = fromRow(contentType.attributes[field], row[field]);
  for (const [attribute, key] of Object.entries(spec.relations)) snapshot[key] = row[attribute]?.documentId ?? null;
  if (spec.component) {
    const component = row[spec.component.attribute] ?? {};
    for (const [field, key] of Object.entries(spec.component.fields)) snapshot[key] = component[field] ?? null;
  }
  for (const [key, value] of Object.entries(spec.defaults)) if (snapshot[key] === null || snapshot[key] === undefined) snapshot[key] = value;
  return snapshot as S;
}

/**
 * The change as the domain sees it: only fields the caller actually changed (the admin panel sends the whole form).
 * On create every provided field counts.
 */
function readPatch<S extends Snapshot>(spec: RegisterSpec<S>, contentType: any, data: Record<string, any>, before: S | null): Partial<S> {
  const patch: Snapshot = {};
  const changed = (key: string, value: unknown) => {
    if (!before || !sameValue(before[key], value)) patch[key] = value;
  };
  for (const field of spec.fields) {
    if (field in data) changed(field, readerFor(contentType.attributes[field])(data[field], field));
  }
  for (const [attribute, key] of Object.entries(spec.relations)) {
    const ref = readRelation(data[attribute], attribute);
    if (ref === undefined) continue;
    if (before && ref !== null && before[key] !== null) continue; // another person, same rule: only presence matters here
    changed(key, ref);
  }
  if (spec.component && spec.component.attribute in data) {
    const value = data[spec.component.attribute] ?? {};
    if (typeof value !== 'object' || Array.isArray(value)) {
      refuse(spec.component.attribute, `Поле «${spec.component.attribute}» має бути об’єктом з полями ${Object.keys(contentComponentFields(spec)).join(', ')}.`);
    }
    for (const [field, key] of Object.entries(spec.component.fields)) {
      const reader = typeof (spec.defaults as any)[key] === 'boolean' ? readBoolean : readText;
      const read = reader(value[field], `${spec.component.attribute}.${field}`);
      changed(key, read ?? (spec.defaults as any)[key] ?? null);
    }
  }
  for (const field of spec.computed) {
    if (!(field in data) || spec.recomputedFlags.includes(field)) continue;
    const attribute = contentType.attributes[field];
    const unchanged = before ? sameValue(before[field] ?? null, readerFor(attribute)(data[field], field)) : isBlank(data[field]);
    if (!unchanged) refuse(field, `Поле «${field}» заповнюється автоматично і не може бути змінене вручну.`, 'register.computed_field');
  }
  return patch as Partial<S>;
}

function contentComponentFields(spec: RegisterSpec<any>): Record<string, string> {
  return spec.component?.fields ?? {};
}
