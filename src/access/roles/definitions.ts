/**
 * Admin roles as reviewable code. Provisioned at startup when missing (see ../provision-roles.ts); a manager may change
 * them afterwards in the admin panel and those changes are kept.
 *
 * A grant names content types by uid. Types that do not exist yet (the communications content types, positions and
 * job instructions) are skipped at startup and granted once, on the first start after they appear.
 */
export const CM = 'plugin::content-manager.explorer';
export const DEPARTMENT_CONDITION = 'api::belongs-to-my-department';

export const UID = {
  appeal: 'api::appeal.appeal',
  informationRequest: 'api::information-request.information-request',
  staff: 'api::staff-member.staff-member',
  department: 'api::department.department',
  topic: 'api::classifier-topic.classifier-topic',
  holiday: 'api::holiday.holiday',
  deadlineSetting: 'api::deadline-setting.deadline-setting',
  audit: 'api::audit-entry.audit-entry',
  // not yet in this codebase: granted when they appear
  position: 'api::position.position',
  jobInstruction: 'api::job-instruction.job-instruction',
  campaign: 'api::campaign.campaign',
  communicationEvent: 'api::communication-event.communication-event',
  opinionReport: 'api::opinion-report.opinion-report',
  publication: 'api::publication.publication',
} as const;

export interface Grant {
  action: string;
  /** content type uids; omitted for actions without a subject (admin users and roles) */
  subjects?: string[];
  /** condition ids, e.g. DEPARTMENT_CONDITION */
  conditions?: string[];
  /** fields (top-level attributes) left out of the grant; all others are granted */
  omitFields?: string[];
}

export interface RoleDefinition {
  code: string;
  name: string;
  description: string;
  grants: Grant[];
  /** every api:: content type that exists gets read access (the manager reads everything) */
  readsEverything?: boolean;
}

const REGISTERS = [UID.appeal, UID.informationRequest];
const DUTIES_AND_STAFF = [UID.staff, UID.department, UID.position, UID.jobInstruction, UID.topic, UID.holiday, UID.deadlineSetting];
const COMMUNICATIONS = [UID.campaign, UID.communicationEvent, UID.opinionReport, UID.publication];
const scoped = [DEPARTMENT_CONDITION];

export const ROLE_DEFINITIONS: RoleDefinition[] = [
  {
    code: 'city-appeals-specialist',
    name: 'Спеціаліст відділу звернень',
    description: 'Реєструє та веде звернення громадян і запити на публічну інформацію свого підрозділу; переглядає обов’язки, працівників і журнал змін.',
    // Choosing the executor is the head's decision: a specialist routes the item to a department, the head assigns it.
    grants: [
      { action: `${CM}.create`, subjects: REGISTERS, omitFields: ['assignee'] },
      { action: `${CM}.read`, subjects: REGISTERS, conditions: scoped },
      { action: `${CM}.update`, subjects: REGISTERS, conditions: scoped, omitFields: ['assignee'] },
      { action: `${CM}.read`, subjects: [...DUTIES_AND_STAFF, UID.audit] },
    ],
  },
  {
    code: 'city-department-head',
    name: 'Начальник відділу',
    description: 'Те саме, що спеціаліст, для свого підрозділу і підпорядкованих; доручає виконавцям, погоджує продовження строків, переглядає звіти.',
    grants: [
      { action: `${CM}.create`, subjects: REGISTERS },
      { action: `${CM}.read`, subjects: REGISTERS, conditions: scoped },
      { action: `${CM}.update`, subjects: REGISTERS, conditions: scoped },
      { action: `${CM}.read`, subjects: [...DUTIES_AND_STAFF, UID.audit] },
    ],
  },
  {
    code: 'city-communications-specialist',
    name: 'Спеціаліст з комунікацій',
    description: 'Комунікаційні кампанії, заходи, звіти моніторингу громадської думки та публікації для сайту міста, включно з оприлюдненням.',
    grants: [
      ...['create', 'read', 'update', 'delete', 'publish'].map((a) => ({ action: `${CM}.${a}`, subjects: COMMUNICATIONS })),
      { action: `${CM}.read`, subjects: [UID.staff, UID.department, UID.audit] },
    ],
  },
  {
    code: 'city-manager',
    name: 'Керуючий справами',
    description: 'Переглядає всі реєстри, звіти та журнал змін; керує користувачами адмін-панелі та їхніми ролями (ролі та їхні права змінює лише супер адміністратор).',
    readsEverything: true,
    // Editing roles and their permissions is the Super Admin's (src/domain/access/admin-changes.ts): the manager reads them.
    grants: [
      ...['create', 'read', 'update', 'delete'].map((a) => ({ action: `admin::users.${a}` })),
      { action: 'admin::roles.read' },
    ],
  },
];

export const MANAGER_ROLE = 'city-manager';
export const HEAD_ROLE = 'city-department-head';
export const COMMUNICATIONS_ROLE = 'city-communications-specialist';
export const SUPER_ADMIN_ROLE = 'strapi-super-admin';

/** The uids the roles wait for: listed in docs/ACCESS.md and logged at startup while missing. */
export const PENDING_WHEN_MISSING = [UID.position, UID.jobInstruction, ...COMMUNICATIONS];
