import type { Schema, Struct } from '@strapi/strapi';

export interface AdminApiToken extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_api_tokens';
  info: {
    description: '';
    displayName: 'Api Token';
    name: 'Api Token';
    pluralName: 'api-tokens';
    singularName: 'api-token';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    accessKey: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    adminPermissions: Schema.Attribute.Relation<
      'oneToMany',
      'admin::permission'
    >;
    adminUserOwner: Schema.Attribute.Relation<'manyToOne', 'admin::user'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    description: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }> &
      Schema.Attribute.DefaultTo<''>;
    encryptedKey: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    expiresAt: Schema.Attribute.DateTime;
    kind: Schema.Attribute.Enumeration<['content-api', 'admin']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'content-api'>;
    lastUsedAt: Schema.Attribute.DateTime;
    lifespan: Schema.Attribute.BigInteger;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::api-token'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    permissions: Schema.Attribute.Relation<
      'oneToMany',
      'admin::api-token-permission'
    >;
    publishedAt: Schema.Attribute.DateTime;
    type: Schema.Attribute.Enumeration<['read-only', 'full-access', 'custom']> &
      Schema.Attribute.DefaultTo<'read-only'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface AdminApiTokenPermission extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_api_token_permissions';
  info: {
    description: '';
    displayName: 'API Token Permission';
    name: 'API Token Permission';
    pluralName: 'api-token-permissions';
    singularName: 'api-token-permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'admin::api-token-permission'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    token: Schema.Attribute.Relation<'manyToOne', 'admin::api-token'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface AdminPermission extends Struct.CollectionTypeSchema {
  collectionName: 'admin_permissions';
  info: {
    description: '';
    displayName: 'Permission';
    name: 'Permission';
    pluralName: 'permissions';
    singularName: 'permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    actionParameters: Schema.Attribute.JSON & Schema.Attribute.DefaultTo<{}>;
    apiToken: Schema.Attribute.Relation<'manyToOne', 'admin::api-token'>;
    conditions: Schema.Attribute.JSON & Schema.Attribute.DefaultTo<[]>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::permission'> &
      Schema.Attribute.Private;
    properties: Schema.Attribute.JSON & Schema.Attribute.DefaultTo<{}>;
    publishedAt: Schema.Attribute.DateTime;
    role: Schema.Attribute.Relation<'manyToOne', 'admin::role'>;
    subject: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface AdminRole extends Struct.CollectionTypeSchema {
  collectionName: 'admin_roles';
  info: {
    description: '';
    displayName: 'Role';
    name: 'Role';
    pluralName: 'roles';
    singularName: 'role';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    code: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    description: Schema.Attribute.String;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::role'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    permissions: Schema.Attribute.Relation<'oneToMany', 'admin::permission'>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    users: Schema.Attribute.Relation<'manyToMany', 'admin::user'>;
  };
}

export interface AdminSession extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_sessions';
  info: {
    description: 'Session Manager storage';
    displayName: 'Session';
    name: 'Session';
    pluralName: 'sessions';
    singularName: 'session';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
    i18n: {
      localized: false;
    };
  };
  attributes: {
    absoluteExpiresAt: Schema.Attribute.DateTime & Schema.Attribute.Private;
    childId: Schema.Attribute.String & Schema.Attribute.Private;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    deviceId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private;
    expiresAt: Schema.Attribute.DateTime &
      Schema.Attribute.Required &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::session'> &
      Schema.Attribute.Private;
    metadata: Schema.Attribute.JSON & Schema.Attribute.Private;
    origin: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    sessionId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.Unique;
    status: Schema.Attribute.String & Schema.Attribute.Private;
    type: Schema.Attribute.String & Schema.Attribute.Private;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    userId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private;
  };
}

export interface AdminTransferToken extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_transfer_tokens';
  info: {
    description: '';
    displayName: 'Transfer Token';
    name: 'Transfer Token';
    pluralName: 'transfer-tokens';
    singularName: 'transfer-token';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    accessKey: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    description: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }> &
      Schema.Attribute.DefaultTo<''>;
    expiresAt: Schema.Attribute.DateTime;
    lastUsedAt: Schema.Attribute.DateTime;
    lifespan: Schema.Attribute.BigInteger;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'admin::transfer-token'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    permissions: Schema.Attribute.Relation<
      'oneToMany',
      'admin::transfer-token-permission'
    >;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface AdminTransferTokenPermission
  extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_transfer_token_permissions';
  info: {
    description: '';
    displayName: 'Transfer Token Permission';
    name: 'Transfer Token Permission';
    pluralName: 'transfer-token-permissions';
    singularName: 'transfer-token-permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'admin::transfer-token-permission'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    token: Schema.Attribute.Relation<'manyToOne', 'admin::transfer-token'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface AdminUser extends Struct.CollectionTypeSchema {
  collectionName: 'admin_users';
  info: {
    description: '';
    displayName: 'User';
    name: 'User';
    pluralName: 'users';
    singularName: 'user';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    apiTokens: Schema.Attribute.Relation<'oneToMany', 'admin::api-token'> &
      Schema.Attribute.Private;
    blocked: Schema.Attribute.Boolean &
      Schema.Attribute.Private &
      Schema.Attribute.DefaultTo<false>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    email: Schema.Attribute.Email &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    firstname: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    isActive: Schema.Attribute.Boolean &
      Schema.Attribute.Private &
      Schema.Attribute.DefaultTo<false>;
    lastname: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::user'> &
      Schema.Attribute.Private;
    password: Schema.Attribute.Password &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    preferedLanguage: Schema.Attribute.String;
    publishedAt: Schema.Attribute.DateTime;
    registrationToken: Schema.Attribute.String & Schema.Attribute.Private;
    resetPasswordToken: Schema.Attribute.String & Schema.Attribute.Private;
    resetPasswordTokenExpiresAt: Schema.Attribute.DateTime &
      Schema.Attribute.Private;
    roles: Schema.Attribute.Relation<'manyToMany', 'admin::role'> &
      Schema.Attribute.Private;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    username: Schema.Attribute.String;
  };
}

export interface ApiAbsenceAbsence extends Struct.CollectionTypeSchema {
  collectionName: 'absences';
  info: {
    description: '\u0412\u0456\u0434\u043F\u0443\u0441\u0442\u043A\u0430, \u043B\u0456\u043A\u0430\u0440\u043D\u044F\u043D\u0438\u0439 \u0430\u0431\u043E \u0432\u0456\u0434\u0440\u044F\u0434\u0436\u0435\u043D\u043D\u044F: \u043D\u0430 \u0446\u0456 \u0434\u043D\u0456 \u043D\u043E\u0432\u0456 \u0437\u0432\u0435\u0440\u043D\u0435\u043D\u043D\u044F \u0456 \u0437\u0430\u043F\u0438\u0442\u0438 \u043E\u0442\u0440\u0438\u043C\u0443\u0454 \u0437\u0430\u0441\u0442\u0443\u043F\u043D\u0438\u043A \u0437\u0430 \u043F\u043E\u0441\u0430\u0434\u043E\u0432\u043E\u044E \u0456\u043D\u0441\u0442\u0440\u0443\u043A\u0446\u0456\u0454\u044E';
    displayName: '\u0412\u0456\u0434\u0441\u0443\u0442\u043D\u0456\u0441\u0442\u044C \u043F\u0440\u0430\u0446\u0456\u0432\u043D\u0438\u043A\u0430';
    pluralName: 'absences';
    singularName: 'absence';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    absentFrom: Schema.Attribute.Date & Schema.Attribute.Required;
    absentTo: Schema.Attribute.Date & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::absence.absence'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    reason: Schema.Attribute.Enumeration<
      ['vacation', 'sick_leave', 'business_trip']
    > &
      Schema.Attribute.Required;
    staffMember: Schema.Attribute.Relation<
      'manyToOne',
      'api::staff-member.staff-member'
    >;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiAppealAppeal extends Struct.CollectionTypeSchema {
  collectionName: 'appeals';
  info: {
    description: '\u0420\u0435\u0454\u0441\u0442\u0440 \u0437\u0432\u0435\u0440\u043D\u0435\u043D\u044C \u0433\u0440\u043E\u043C\u0430\u0434\u044F\u043D (\u0417\u0430\u043A\u043E\u043D \u0423\u043A\u0440\u0430\u0457\u043D\u0438 \u00AB\u041F\u0440\u043E \u0437\u0432\u0435\u0440\u043D\u0435\u043D\u043D\u044F \u0433\u0440\u043E\u043C\u0430\u0434\u044F\u043D\u00BB, \u0406\u043D\u0441\u0442\u0440\u0443\u043A\u0446\u0456\u044F 348/1997)';
    displayName: '\u0417\u0432\u0435\u0440\u043D\u0435\u043D\u043D\u044F \u0433\u0440\u043E\u043C\u0430\u0434\u044F\u043D';
    pluralName: 'appeals';
    singularName: 'appeal';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    answeredAt: Schema.Attribute.DateTime;
    answeredLate: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    answerOutcome: Schema.Attribute.Enumeration<
      ['satisfied', 'partially_satisfied', 'explained', 'rejected']
    >;
    answerText: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50000;
      }>;
    appealType: Schema.Attribute.Enumeration<
      ['proposal', 'application', 'complaint']
    > &
      Schema.Attribute.Required;
    applicant: Schema.Attribute.Component<'personal.applicant', false>;
    applicantNotifiedOfExtensionAt: Schema.Attribute.DateTime;
    assignee: Schema.Attribute.Relation<
      'manyToOne',
      'api::staff-member.staff-member'
    >;
    assignmentNote: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    authorKind: Schema.Attribute.Enumeration<
      ['individual', 'collective', 'anonymous']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'individual'>;
    challengedBody: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    challengedDecisionOn: Schema.Attribute.Date;
    channel: Schema.Attribute.Enumeration<
      [
        'government_hotline',
        'written',
        'email',
        'website',
        'personal_reception',
        'phone',
        'e_petition',
        'forwarded',
      ]
    > &
      Schema.Attribute.Required;
    complaintTermRestored: Schema.Attribute.Boolean &
      Schema.Attribute.DefaultTo<false>;
    complaintTermRestoreReason: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    contactCenterCardNumber: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    contactCenterReportedAt: Schema.Attribute.DateTime;
    controlDueAt: Schema.Attribute.DateTime;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    department: Schema.Attribute.Relation<
      'manyToOne',
      'api::department.department'
    >;
    dueAt: Schema.Attribute.DateTime;
    earlierAppeal: Schema.Attribute.Relation<'manyToOne', 'api::appeal.appeal'>;
    extendedUntil: Schema.Attribute.Date;
    extensionApprovedBy: Schema.Attribute.Relation<
      'manyToOne',
      'api::staff-member.staff-member'
    >;
    extensionDecidedAt: Schema.Attribute.DateTime;
    extensionNoticeRequired: Schema.Attribute.Boolean &
      Schema.Attribute.DefaultTo<false>;
    extensionReason: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    forwardedAt: Schema.Attribute.DateTime;
    forwardedLate: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    forwardedTo: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    forwardingNoticeAt: Schema.Attribute.DateTime;
    learnedOfDecisionOn: Schema.Attribute.Date;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::appeal.appeal'
    > &
      Schema.Attribute.Private;
    needsAdditionalStudy: Schema.Attribute.Boolean &
      Schema.Attribute.DefaultTo<false>;
    notConsideredDecidedAt: Schema.Attribute.DateTime;
    notConsideredDecidedBy: Schema.Attribute.Relation<
      'manyToOne',
      'api::staff-member.staff-member'
    >;
    notConsideredNoticeAt: Schema.Attribute.DateTime;
    notConsideredReason: Schema.Attribute.Enumeration<
      [
        'anonymous',
        'repeated_already_decided',
        'complaint_term_missed',
        'incapable_person',
      ]
    >;
    personalConsiderationBasis: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    personalConsiderationByHead: Schema.Attribute.Boolean &
      Schema.Attribute.DefaultTo<false>;
    petitionAnswerPublishedAt: Schema.Attribute.DateTime;
    petitionCollectionEndsOn: Schema.Attribute.Date;
    petitionCollectionStartsOn: Schema.Attribute.Date;
    petitionConsiderationPublishedAt: Schema.Attribute.DateTime;
    petitionSignatures: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    petitionSignatureThreshold: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 1;
        },
        number
      >;
    priority: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    privilegeCategory: Schema.Attribute.Enumeration<
      [
        'hero',
        'war_disabled',
        'combatant',
        'war_participant',
        'fallen_defender_family',
        'chornobyl',
        'disabled_person',
        'other_statutory',
      ]
    >;
    publishedAt: Schema.Attribute.DateTime;
    receivedAt: Schema.Attribute.DateTime & Schema.Attribute.Required;
    recurrence: Schema.Attribute.Enumeration<
      ['primary', 'repeated', 'duplicate', 'multiple', 'mass']
    > &
      Schema.Attribute.DefaultTo<'primary'>;
    refusalAppealProcedure: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    refusalLegalBasis: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    refusalReasons: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 10000;
      }>;
    registrationNumber: Schema.Attribute.String &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 32;
      }>;
    reportsOffence: Schema.Attribute.Enumeration<['corruption', 'crime']>;
    returnedAt: Schema.Attribute.DateTime;
    returnedLate: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    returnReason: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    routingReason: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    searchText: Schema.Attribute.Text &
      Schema.Attribute.Private &
      Schema.Attribute.SetPluginOptions<{
        'content-manager': {
          visible: false;
        };
      }>;
    shortenedTermDemand: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    shortenedTermDemandedAt: Schema.Attribute.DateTime;
    shortenedUntil: Schema.Attribute.Date;
    subject: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    text: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50000;
      }>;
    topic: Schema.Attribute.Relation<
      'manyToOne',
      'api::classifier-topic.classifier-topic'
    >;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    workflowState: Schema.Attribute.Enumeration<
      [
        'registered',
        'assigned',
        'in_progress',
        'answered',
        'forwarded',
        'returned',
        'not_considered',
        'closed',
      ]
    > &
      Schema.Attribute.DefaultTo<'registered'>;
  };
}

export interface ApiAssignmentChangeAssignmentChange
  extends Struct.CollectionTypeSchema {
  collectionName: 'assignment_changes';
  info: {
    description: '\u041A\u043E\u0436\u043D\u0430 \u0437\u043C\u0456\u043D\u0430 \u0432\u0438\u043A\u043E\u043D\u0430\u0432\u0446\u044F \u0437\u0432\u0435\u0440\u043D\u0435\u043D\u043D\u044F \u0447\u0438 \u0437\u0430\u043F\u0438\u0442\u0443: \u0445\u0442\u043E, \u043A\u043E\u043B\u0438, \u0432\u0456\u0434 \u043A\u043E\u0433\u043E \u0434\u043E \u043A\u043E\u0433\u043E \u0456 \u0447\u043E\u043C\u0443. \u041B\u0438\u0448\u0435 \u0434\u043B\u044F \u0447\u0438\u0442\u0430\u043D\u043D\u044F';
    displayName: '\u0406\u0441\u0442\u043E\u0440\u0456\u044F \u043F\u0440\u0438\u0437\u043D\u0430\u0447\u0435\u043D\u043D\u044F \u0432\u0438\u043A\u043E\u043D\u0430\u0432\u0446\u0456\u0432';
    pluralName: 'assignment-changes';
    singularName: 'assignment-change';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    changedAt: Schema.Attribute.DateTime & Schema.Attribute.Required;
    changedBy: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    fromAssignee: Schema.Attribute.Relation<
      'manyToOne',
      'api::staff-member.staff-member'
    >;
    itemDocumentId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    kind: Schema.Attribute.Enumeration<['routing', 'manual']> &
      Schema.Attribute.Required;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::assignment-change.assignment-change'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    reason: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 10000;
      }>;
    register: Schema.Attribute.Enumeration<['appeal', 'information_request']> &
      Schema.Attribute.Required;
    registrationNumber: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 32;
      }>;
    toAssignee: Schema.Attribute.Relation<
      'manyToOne',
      'api::staff-member.staff-member'
    >;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiAuditEntryAuditEntry extends Struct.CollectionTypeSchema {
  collectionName: 'audit_entries';
  info: {
    description: '\u0425\u0442\u043E, \u043A\u043E\u043B\u0438 \u0456 \u0449\u043E \u0437\u043C\u0456\u043D\u0438\u0432 \u0443 \u0437\u0430\u043F\u0438\u0441\u0430\u0445 \u0440\u0435\u0454\u0441\u0442\u0440\u0456\u0432, \u043F\u0443\u0431\u043B\u0456\u043A\u0430\u0446\u0456\u044F\u0445 \u0442\u0430 \u0440\u043E\u043B\u044F\u0445. \u041B\u0438\u0448\u0435 \u0434\u043B\u044F \u0447\u0438\u0442\u0430\u043D\u043D\u044F: \u0437\u0430\u043F\u0438\u0441\u0438 \u043D\u0435 \u0437\u043C\u0456\u043D\u044E\u044E\u0442\u044C\u0441\u044F \u0456 \u043D\u0435 \u0432\u0438\u0434\u0430\u043B\u044F\u044E\u0442\u044C\u0441\u044F';
    displayName: '\u0416\u0443\u0440\u043D\u0430\u043B \u0437\u043C\u0456\u043D';
    pluralName: 'audit-entries';
    singularName: 'audit-entry';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    action: Schema.Attribute.Enumeration<
      [
        'create',
        'update',
        'delete',
        'publish',
        'unpublish',
        'discard_draft',
        'correction',
      ]
    > &
      Schema.Attribute.Required;
    actorId: Schema.Attribute.Integer;
    actorKind: Schema.Attribute.Enumeration<
      ['admin', 'api_token', 'users_permissions', 'system']
    > &
      Schema.Attribute.Required;
    actorName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    changedFields: Schema.Attribute.Text;
    changes: Schema.Attribute.JSON;
    contentType: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::audit-entry.audit-entry'
    > &
      Schema.Attribute.Private;
    occurredAt: Schema.Attribute.DateTime & Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    recordDocumentId: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    recordLabel: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiCampaignCampaign extends Struct.CollectionTypeSchema {
  collectionName: 'campaigns';
  info: {
    description: '\u041A\u0430\u043C\u043F\u0430\u043D\u0456\u0457 \u0441\u0435\u043A\u0442\u043E\u0440\u0443 \u0440\u043E\u0431\u043E\u0442\u0438 \u0437 \u0433\u0440\u043E\u043C\u0430\u0434\u0441\u044C\u043A\u0456\u0441\u0442\u044E: \u043C\u0435\u0442\u0430, \u0430\u0443\u0434\u0438\u0442\u043E\u0440\u0456\u044F, \u043A\u0430\u043D\u0430\u043B\u0438, \u043F\u0435\u0440\u0456\u043E\u0434, \u043F\u043E\u043A\u0430\u0437\u043D\u0438\u043A\u0438, \u0437\u0432\u0456\u0442';
    displayName: '\u041A\u043E\u043C\u0443\u043D\u0456\u043A\u0430\u0446\u0456\u0439\u043D\u0430 \u043A\u0430\u043C\u043F\u0430\u043D\u0456\u044F';
    pluralName: 'campaigns';
    singularName: 'campaign';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    budget: Schema.Attribute.Decimal &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    campaignState: Schema.Attribute.Enumeration<
      ['planned', 'active', 'completed', 'cancelled']
    > &
      Schema.Attribute.DefaultTo<'planned'>;
    channels: Schema.Attribute.JSON;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    endsOn: Schema.Attribute.Date;
    finalReport: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50000;
      }>;
    goal: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    internalNotes: Schema.Attribute.Text &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20000;
      }>;
    kpis: Schema.Attribute.Component<'communications.kpi', true>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::campaign.campaign'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    responsible: Schema.Attribute.Relation<
      'manyToOne',
      'api::staff-member.staff-member'
    >;
    startsOn: Schema.Attribute.Date;
    strategy: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20000;
      }>;
    targetAudience: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiClassifierTopicClassifierTopic
  extends Struct.CollectionTypeSchema {
  collectionName: 'classifier_topics';
  info: {
    description: '\u041A\u043B\u0430\u0441\u0438\u0444\u0456\u043A\u0430\u0442\u043E\u0440 \u0437\u0432\u0435\u0440\u043D\u0435\u043D\u044C \u0433\u0440\u043E\u043C\u0430\u0434\u044F\u043D (\u043F\u043E\u0441\u0442\u0430\u043D\u043E\u0432\u0430 \u041A\u041C\u0423 \u2116 858 \u0432\u0456\u0434 24.09.2008)';
    displayName: '\u0422\u0435\u043C\u0430\u0442\u0438\u043A\u0430 (\u043A\u043B\u0430\u0441\u0438\u0444\u0456\u043A\u0430\u0442\u043E\u0440)';
    pluralName: 'classifier-topics';
    singularName: 'classifier-topic';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    code: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::classifier-topic.classifier-topic'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiCommunicationEventCommunicationEvent
  extends Struct.CollectionTypeSchema {
  collectionName: 'communication_events';
  info: {
    description: '\u041F\u0440\u0435\u0441\u043A\u043E\u043D\u0444\u0435\u0440\u0435\u043D\u0446\u0456\u0457, \u0433\u0440\u043E\u043C\u0430\u0434\u0441\u044C\u043A\u0456 \u0441\u043B\u0443\u0445\u0430\u043D\u043D\u044F, \u0437\u0443\u0441\u0442\u0440\u0456\u0447\u0456 \u0437 \u043C\u0435\u0448\u043A\u0430\u043D\u0446\u044F\u043C\u0438, \u0444\u043E\u0440\u0443\u043C\u0438, \u0431\u0440\u0438\u0444\u0456\u043D\u0433\u0438';
    displayName: '\u041A\u043E\u043C\u0443\u043D\u0456\u043A\u0430\u0446\u0456\u0439\u043D\u0438\u0439 \u0437\u0430\u0445\u0456\u0434';
    pluralName: 'communication-events';
    singularName: 'communication-event';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    actualParticipants: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    campaign: Schema.Attribute.Relation<'manyToOne', 'api::campaign.campaign'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    endsAt: Schema.Attribute.DateTime;
    eventType: Schema.Attribute.Enumeration<
      [
        'press_conference',
        'public_hearing',
        'meeting_with_residents',
        'forum',
        'briefing',
        'other',
      ]
    > &
      Schema.Attribute.Required;
    expectedParticipants: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::communication-event.communication-event'
    > &
      Schema.Attribute.Private;
    onlineLink: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    outcome: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20000;
      }>;
    place: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    responsible: Schema.Attribute.Relation<
      'manyToOne',
      'api::staff-member.staff-member'
    >;
    startsAt: Schema.Attribute.DateTime & Schema.Attribute.Required;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiDeadlineSettingDeadlineSetting
  extends Struct.SingleTypeSchema {
  collectionName: 'deadline_settings';
  info: {
    description: '\u0412\u043E\u0454\u043D\u043D\u0438\u0439 \u0441\u0442\u0430\u043D, \u043F\u0440\u0430\u0432\u0438\u043B\u043E \u043D\u0435\u0440\u043E\u0431\u043E\u0447\u043E\u0433\u043E \u0434\u043D\u044F (\u0441\u0442. 254 \u0426\u041A \u0423\u043A\u0440\u0430\u0457\u043D\u0438), \u043D\u0430\u0433\u0430\u0434\u0443\u0432\u0430\u043D\u043D\u044F, \u043F\u0440\u0430\u0432\u0438\u043B\u0430 \u0440\u0430\u0434\u0438 \u043F\u0440\u043E \u0440\u043E\u0437\u0433\u043B\u044F\u0434 \u043A\u0435\u0440\u0456\u0432\u043D\u0438\u043A\u043E\u043C \u043E\u0441\u043E\u0431\u0438\u0441\u0442\u043E, \u043F\u0435\u0440\u0448\u0438\u0439 \u043A\u0435\u0440\u0456\u0432\u043D\u0438\u043A (\u043C\u0456\u0441\u044C\u043A\u0438\u0439 \u0433\u043E\u043B\u043E\u0432\u0430)';
    displayName: '\u041D\u0430\u043B\u0430\u0448\u0442\u0443\u0432\u0430\u043D\u043D\u044F \u0441\u0442\u0440\u043E\u043A\u0456\u0432';
    pluralName: 'deadline-settings';
    singularName: 'deadline-setting';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    ePetitionSignatureThreshold: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 1;
        },
        number
      >;
    firstHead: Schema.Attribute.Relation<
      'manyToOne',
      'api::staff-member.staff-member'
    >;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::deadline-setting.deadline-setting'
    > &
      Schema.Attribute.Private;
    martialLaw: Schema.Attribute.Boolean &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<true>;
    nonWorkingDayRule: Schema.Attribute.Enumeration<
      ['next', 'previous', 'none']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'next'>;
    personalConsiderationRules: Schema.Attribute.Component<
      'settings.personal-consideration-rule',
      true
    >;
    publishedAt: Schema.Attribute.DateTime;
    reminderOffsets: Schema.Attribute.JSON;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiDepartmentDepartment extends Struct.CollectionTypeSchema {
  collectionName: 'departments';
  info: {
    description: '\u0412\u0438\u043A\u043E\u043D\u0430\u0432\u0447\u0438\u0439 \u043E\u0440\u0433\u0430\u043D \u0430\u0431\u043E \u0441\u0442\u0440\u0443\u043A\u0442\u0443\u0440\u043D\u0438\u0439 \u043F\u0456\u0434\u0440\u043E\u0437\u0434\u0456\u043B \u043C\u0456\u0441\u044C\u043A\u043E\u0457 \u0440\u0430\u0434\u0438 (\u0456\u0454\u0440\u0430\u0440\u0445\u0456\u044F: \u0431\u0430\u0442\u044C\u043A\u0456\u0432\u0441\u044C\u043A\u0438\u0439 \u043F\u0456\u0434\u0440\u043E\u0437\u0434\u0456\u043B, \u043A\u0435\u0440\u0456\u0432\u043D\u0438\u043A)';
    displayName: '\u041F\u0456\u0434\u0440\u043E\u0437\u0434\u0456\u043B';
    pluralName: 'departments';
    singularName: 'department';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    children: Schema.Attribute.Relation<
      'oneToMany',
      'api::department.department'
    >;
    code: Schema.Attribute.String &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    deputyHead: Schema.Attribute.Relation<
      'manyToOne',
      'api::staff-member.staff-member'
    >;
    email: Schema.Attribute.Email;
    head: Schema.Attribute.Relation<
      'manyToOne',
      'api::staff-member.staff-member'
    >;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::department.department'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    parent: Schema.Attribute.Relation<
      'manyToOne',
      'api::department.department'
    >;
    publishedAt: Schema.Attribute.DateTime;
    shortName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    staff: Schema.Attribute.Relation<
      'oneToMany',
      'api::staff-member.staff-member'
    >;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiDutyDuty extends Struct.CollectionTypeSchema {
  collectionName: 'duties';
  info: {
    description: '\u041F\u0443\u043D\u043A\u0442 \u043F\u043E\u0441\u0430\u0434\u043E\u0432\u043E\u0457 \u0456\u043D\u0441\u0442\u0440\u0443\u043A\u0446\u0456\u0457 \u0447\u0438 \u043F\u043E\u043B\u043E\u0436\u0435\u043D\u043D\u044F \u0456 \u043A\u043E\u043C\u043F\u0435\u0442\u0435\u043D\u0446\u0456\u0457, \u044F\u043A\u0456 \u0432\u0456\u043D \u043F\u043E\u043A\u0440\u0438\u0432\u0430\u0454';
    displayName: '\u041E\u0431\u043E\u0432\u2019\u044F\u0437\u043E\u043A (\u043F\u0443\u043D\u043A\u0442 \u0456\u043D\u0441\u0442\u0440\u0443\u043A\u0446\u0456\u0457)';
    pluralName: 'duties';
    singularName: 'duty';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    clause: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    competences: Schema.Attribute.JSON;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    instruction: Schema.Attribute.Relation<
      'manyToOne',
      'api::job-instruction.job-instruction'
    >;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::duty.duty'> &
      Schema.Attribute.Private;
    order: Schema.Attribute.Integer & Schema.Attribute.DefaultTo<0>;
    publishedAt: Schema.Attribute.DateTime;
    section: Schema.Attribute.Enumeration<
      [
        'general',
        'tasks',
        'functions',
        'rights',
        'responsibility',
        'organisation',
        'other',
      ]
    > &
      Schema.Attribute.DefaultTo<'other'>;
    text: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20000;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiHolidayHoliday extends Struct.CollectionTypeSchema {
  collectionName: 'holidays';
  info: {
    description: '\u0421\u0432\u044F\u0442\u043A\u043E\u0432\u0456 \u0434\u043D\u0456 (\u0432\u0438\u0445\u0456\u0434\u043D\u0456 \u043B\u0438\u0448\u0435 \u043F\u043E\u0437\u0430 \u0432\u043E\u0454\u043D\u043D\u0438\u043C \u0441\u0442\u0430\u043D\u043E\u043C) \u0456 \u043F\u0435\u0440\u0435\u043D\u0435\u0441\u0435\u043D\u0456 \u0440\u043E\u0431\u043E\u0447\u0456 \u0434\u043D\u0456 \u0434\u043B\u044F \u043E\u0431\u0447\u0438\u0441\u043B\u0435\u043D\u043D\u044F \u0441\u0442\u0440\u043E\u043A\u0456\u0432';
    displayName: '\u041A\u0430\u043B\u0435\u043D\u0434\u0430\u0440: \u0441\u0432\u044F\u0442\u043A\u043E\u0432\u0438\u0439 / \u043F\u0435\u0440\u0435\u043D\u0435\u0441\u0435\u043D\u0438\u0439 \u0434\u0435\u043D\u044C';
    pluralName: 'holidays';
    singularName: 'holiday';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    date: Schema.Attribute.Date &
      Schema.Attribute.Required &
      Schema.Attribute.Unique;
    kind: Schema.Attribute.Enumeration<['holiday', 'transferred_working_day']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'holiday'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::holiday.holiday'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    title: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiInformationRequestInformationRequest
  extends Struct.CollectionTypeSchema {
  collectionName: 'information_requests';
  info: {
    description: '\u0420\u0435\u0454\u0441\u0442\u0440 \u0437\u0430\u043F\u0438\u0442\u0456\u0432 \u043D\u0430 \u0456\u043D\u0444\u043E\u0440\u043C\u0430\u0446\u0456\u044E (\u0417\u0430\u043A\u043E\u043D \u0423\u043A\u0440\u0430\u0457\u043D\u0438 \u00AB\u041F\u0440\u043E \u0434\u043E\u0441\u0442\u0443\u043F \u0434\u043E \u043F\u0443\u0431\u043B\u0456\u0447\u043D\u043E\u0457 \u0456\u043D\u0444\u043E\u0440\u043C\u0430\u0446\u0456\u0457\u00BB)';
    displayName: '\u0417\u0430\u043F\u0438\u0442\u0438 \u043D\u0430 \u043F\u0443\u0431\u043B\u0456\u0447\u043D\u0443 \u0456\u043D\u0444\u043E\u0440\u043C\u0430\u0446\u0456\u044E';
    pluralName: 'information-requests';
    singularName: 'information-request';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    aboutRequester: Schema.Attribute.Boolean &
      Schema.Attribute.DefaultTo<false>;
    answeredAt: Schema.Attribute.DateTime;
    answeredLate: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    answerOutcome: Schema.Attribute.Enumeration<
      ['provided', 'partially_provided', 'refused']
    >;
    answerText: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50000;
      }>;
    assignee: Schema.Attribute.Relation<
      'manyToOne',
      'api::staff-member.staff-member'
    >;
    assignmentNote: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    channel: Schema.Attribute.Enumeration<
      ['post', 'email', 'website_form', 'phone', 'personal']
    > &
      Schema.Attribute.Required;
    controlDueAt: Schema.Attribute.DateTime;
    copyingCharge: Schema.Attribute.Decimal &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    department: Schema.Attribute.Relation<
      'manyToOne',
      'api::department.department'
    >;
    dueAt: Schema.Attribute.DateTime;
    extendedUntil: Schema.Attribute.Date;
    extensionGround: Schema.Attribute.Enumeration<
      ['large_volume', 'search_among_large_data']
    >;
    extensionReason: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    forwardedAt: Schema.Attribute.DateTime;
    forwardedLate: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    forwardedTo: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    forwardingNoticeLate: Schema.Attribute.Boolean &
      Schema.Attribute.DefaultTo<false>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::information-request.information-request'
    > &
      Schema.Attribute.Private;
    pages: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    publicInterest: Schema.Attribute.Boolean &
      Schema.Attribute.DefaultTo<false>;
    publishedAt: Schema.Attribute.DateTime;
    receivedAt: Schema.Attribute.DateTime & Schema.Attribute.Required;
    refusalAppealProcedure: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    refusalExplanation: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    refusalGround: Schema.Attribute.Enumeration<
      ['not_holder', 'restricted', 'costs_not_paid', 'request_requirements']
    >;
    refusalOfficialName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    refusalOfficialPosition: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    registrationNumber: Schema.Attribute.String &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 32;
      }>;
    requestAppeals: Schema.Attribute.Component<
      'information.request-appeal',
      true
    >;
    requester: Schema.Attribute.Component<'personal.requester', false>;
    requesterNotifiedOfExtensionAt: Schema.Attribute.DateTime;
    requesterNotifiedOfForwardingAt: Schema.Attribute.DateTime;
    requestText: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50000;
      }>;
    routingReason: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    searchText: Schema.Attribute.Text &
      Schema.Attribute.Private &
      Schema.Attribute.SetPluginOptions<{
        'content-manager': {
          visible: false;
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    urgencyCouncilReason: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    urgencyGround: Schema.Attribute.Enumeration<
      [
        'life_or_freedom',
        'environment',
        'food_quality',
        'accident',
        'catastrophe',
        'dangerous_natural_phenomenon',
        'other_emergency',
      ]
    >;
    urgencyJustification: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    urgencyMarkedByCouncil: Schema.Attribute.Boolean &
      Schema.Attribute.DefaultTo<false>;
    urgent: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    workflowState: Schema.Attribute.Enumeration<
      [
        'registered',
        'assigned',
        'in_progress',
        'extended',
        'answered',
        'forwarded',
        'refused',
        'closed',
      ]
    > &
      Schema.Attribute.DefaultTo<'registered'>;
  };
}

export interface ApiJobInstructionJobInstruction
  extends Struct.CollectionTypeSchema {
  collectionName: 'job_instructions';
  info: {
    description: '\u041F\u043E\u0441\u0430\u0434\u043E\u0432\u0430 \u0456\u043D\u0441\u0442\u0440\u0443\u043A\u0446\u0456\u044F \u043F\u043E\u0441\u0430\u0434\u0438 \u0430\u0431\u043E \u043F\u043E\u043B\u043E\u0436\u0435\u043D\u043D\u044F \u043F\u0440\u043E \u043F\u0456\u0434\u0440\u043E\u0437\u0434\u0456\u043B; \u043D\u043E\u0432\u0430 \u0440\u0435\u0434\u0430\u043A\u0446\u0456\u044F \u0434\u0456\u0454 \u0437 \u0434\u0430\u0442\u0438 \u043D\u0430\u0431\u0440\u0430\u043D\u043D\u044F \u0447\u0438\u043D\u043D\u043E\u0441\u0442\u0456, \u043F\u043E\u043F\u0435\u0440\u0435\u0434\u043D\u0456 \u0437\u0431\u0435\u0440\u0456\u0433\u0430\u044E\u0442\u044C\u0441\u044F';
    displayName: '\u041F\u043E\u0441\u0430\u0434\u043E\u0432\u0430 \u0456\u043D\u0441\u0442\u0440\u0443\u043A\u0446\u0456\u044F / \u043F\u043E\u043B\u043E\u0436\u0435\u043D\u043D\u044F';
    pluralName: 'job-instructions';
    singularName: 'job-instruction';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    approvedBy: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    approvedOn: Schema.Attribute.Date;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    department: Schema.Attribute.Relation<
      'manyToOne',
      'api::department.department'
    >;
    duties: Schema.Attribute.Relation<'oneToMany', 'api::duty.duty'>;
    effectiveFrom: Schema.Attribute.Date & Schema.Attribute.Required;
    kind: Schema.Attribute.Enumeration<['job_instruction', 'unit_regulation']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'job_instruction'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::job-instruction.job-instruction'
    > &
      Schema.Attribute.Private;
    originalFile: Schema.Attribute.Media<'files'>;
    position: Schema.Attribute.Relation<'manyToOne', 'api::position.position'>;
    publishedAt: Schema.Attribute.DateTime;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    version: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 1;
        },
        number
      > &
      Schema.Attribute.DefaultTo<1>;
  };
}

export interface ApiNotificationNotification
  extends Struct.CollectionTypeSchema {
  collectionName: 'notifications';
  info: {
    description: '\u0427\u0435\u0440\u0433\u0430 \u0435\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\u0438\u0445 \u043B\u0438\u0441\u0442\u0456\u0432: \u0437\u0430\u043F\u0438\u0441\u0443\u0454\u0442\u044C\u0441\u044F \u0432 \u0442\u0456\u0439 \u0441\u0430\u043C\u0456\u0439 \u0442\u0440\u0430\u043D\u0437\u0430\u043A\u0446\u0456\u0457, \u0449\u043E \u0439 \u0437\u043C\u0456\u043D\u0430, \u044F\u043A\u0430 \u0457\u0457 \u0441\u043F\u0440\u0438\u0447\u0438\u043D\u0438\u043B\u0430';
    displayName: '\u0421\u043F\u043E\u0432\u0456\u0449\u0435\u043D\u043D\u044F (\u0447\u0435\u0440\u0433\u0430 e-mail)';
    pluralName: 'notifications';
    singularName: 'notification';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    attempts: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0>;
    claimedUntil: Schema.Attribute.DateTime & Schema.Attribute.Private;
    claimToken: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    data: Schema.Attribute.JSON;
    deliveryState: Schema.Attribute.Enumeration<['pending', 'sent', 'failed']> &
      Schema.Attribute.DefaultTo<'pending'>;
    idempotencyKey: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    itemDocumentId: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    itemType: Schema.Attribute.Enumeration<
      ['appeal', 'information_request', 'department']
    >;
    lastError: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::notification.notification'
    > &
      Schema.Attribute.Private;
    nextAttemptAt: Schema.Attribute.DateTime;
    publishedAt: Schema.Attribute.DateTime;
    recipient: Schema.Attribute.Email &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    registrationNumber: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    sentAt: Schema.Attribute.DateTime;
    subject: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    template: Schema.Attribute.Enumeration<
      [
        'acknowledgment',
        'extension_notice',
        'forwarding_notice',
        'answer',
        'assignment',
        'reminder',
        'due_today',
        'overdue_escalation',
        'digest',
        'extension_notice_missing',
        'request_appeal_undecided',
      ]
    > &
      Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiOpinionReportOpinionReport
  extends Struct.CollectionTypeSchema {
  collectionName: 'opinion_reports';
  info: {
    description: '\u0417\u0432\u0456\u0442 \u043A\u0435\u0440\u0456\u0432\u043D\u0438\u0446\u0442\u0432\u0443 \u043F\u0440\u043E \u043C\u043E\u043D\u0456\u0442\u043E\u0440\u0438\u043D\u0433 \u0433\u0440\u043E\u043C\u0430\u0434\u0441\u044C\u043A\u043E\u0457 \u0434\u0443\u043C\u043A\u0438 \u0437\u0430 \u043F\u0435\u0440\u0456\u043E\u0434';
    displayName: '\u041C\u043E\u043D\u0456\u0442\u043E\u0440\u0438\u043D\u0433 \u0433\u0440\u043E\u043C\u0430\u0434\u0441\u044C\u043A\u043E\u0457 \u0434\u0443\u043C\u043A\u0438';
    pluralName: 'opinion-reports';
    singularName: 'opinion-report';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    addressedTo: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::opinion-report.opinion-report'
    > &
      Schema.Attribute.Private;
    method: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    negativeMentions: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0>;
    neutralMentions: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0>;
    periodFrom: Schema.Attribute.Date & Schema.Attribute.Required;
    periodTo: Schema.Attribute.Date & Schema.Attribute.Required;
    positiveMentions: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0>;
    publishedAt: Schema.Attribute.DateTime;
    recommendations: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50000;
      }>;
    responsible: Schema.Attribute.Relation<
      'manyToOne',
      'api::staff-member.staff-member'
    >;
    sourcesMonitored: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20000;
      }>;
    summary: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50000;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    topic: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiPositionPosition extends Struct.CollectionTypeSchema {
  collectionName: 'positions';
  info: {
    description: '\u041F\u043E\u0441\u0430\u0434\u0430 \u0432 \u043F\u0456\u0434\u0440\u043E\u0437\u0434\u0456\u043B\u0456: \u0445\u0442\u043E \u0457\u0457 \u043E\u0431\u0456\u0439\u043C\u0430\u0454 \u0456 \u0445\u0442\u043E \u0437\u0430\u043C\u0456\u0449\u0443\u0454 \u043D\u0430 \u0447\u0430\u0441 \u0432\u0456\u0434\u0441\u0443\u0442\u043D\u043E\u0441\u0442\u0456 (\u0437\u0430 \u043F\u043E\u0441\u0430\u0434\u043E\u0432\u043E\u044E \u0456\u043D\u0441\u0442\u0440\u0443\u043A\u0446\u0456\u0454\u044E)';
    displayName: '\u041F\u043E\u0441\u0430\u0434\u0430';
    pluralName: 'positions';
    singularName: 'position';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    department: Schema.Attribute.Relation<
      'manyToOne',
      'api::department.department'
    >;
    holder: Schema.Attribute.Relation<
      'manyToOne',
      'api::staff-member.staff-member'
    >;
    instructions: Schema.Attribute.Relation<
      'oneToMany',
      'api::job-instruction.job-instruction'
    >;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::position.position'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    substitutes: Schema.Attribute.Relation<
      'manyToMany',
      'api::position.position'
    >;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiPublicationPublication extends Struct.CollectionTypeSchema {
  collectionName: 'publications';
  info: {
    description: '\u041D\u043E\u0432\u0438\u043D\u0438, \u043E\u0433\u043E\u043B\u043E\u0448\u0435\u043D\u043D\u044F, \u0456\u043D\u0444\u043E\u0440\u043C\u0430\u0446\u0456\u0439\u043D\u0456 \u043C\u0430\u0442\u0435\u0440\u0456\u0430\u043B\u0438, \u0441\u043F\u0440\u043E\u0441\u0442\u0443\u0432\u0430\u043D\u043D\u044F, \u0432\u0456\u0434\u043F\u043E\u0432\u0456\u0434\u0456 \u043D\u0430 \u0437\u0432\u0435\u0440\u043D\u0435\u043D\u043D\u044F, \u0437\u0432\u0456\u0442\u0438 \u0434\u043B\u044F \u0441\u0430\u0439\u0442\u0443 \u043C\u0456\u0441\u044C\u043A\u043E\u0457 \u0440\u0430\u0434\u0438';
    displayName: '\u041F\u0443\u0431\u043B\u0456\u043A\u0430\u0446\u0456\u044F';
    pluralName: 'publications';
    singularName: 'publication';
  };
  options: {
    draftAndPublish: true;
  };
  attributes: {
    body: Schema.Attribute.RichText &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100000;
      }>;
    campaign: Schema.Attribute.Relation<'manyToOne', 'api::campaign.campaign'>;
    claim: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 10000;
      }>;
    claimSources: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 10000;
      }>;
    coverImage: Schema.Attribute.Media<'images'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    evidence: Schema.Attribute.RichText &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50000;
      }>;
    kind: Schema.Attribute.Enumeration<
      [
        'news',
        'announcement',
        'information_material',
        'refutation',
        'appeal_answer',
        'report',
      ]
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'news'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::publication.publication'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    question: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50000;
      }>;
    scheduledAt: Schema.Attribute.DateTime;
    slug: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    sourceAppeal: Schema.Attribute.Relation<'manyToOne', 'api::appeal.appeal'> &
      Schema.Attribute.Private;
    summary: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    topic: Schema.Attribute.Relation<
      'manyToOne',
      'api::classifier-topic.classifier-topic'
    >;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    verdict: Schema.Attribute.Enumeration<
      ['false_claim', 'manipulation', 'misleading', 'unproven']
    >;
  };
}

export interface ApiStaffMemberStaffMember extends Struct.CollectionTypeSchema {
  collectionName: 'staff_members';
  info: {
    description: '\u041F\u043E\u0441\u0430\u0434\u043E\u0432\u0430 \u043E\u0441\u043E\u0431\u0430 \u0432\u0438\u043A\u043E\u043D\u0430\u0432\u0447\u0438\u0445 \u043E\u0440\u0433\u0430\u043D\u0456\u0432: \u0432\u0438\u043A\u043E\u043D\u0430\u0432\u0435\u0446\u044C \u0437\u0432\u0435\u0440\u043D\u0435\u043D\u044C \u0456 \u0437\u0430\u043F\u0438\u0442\u0456\u0432';
    displayName: '\u041F\u0440\u0430\u0446\u0456\u0432\u043D\u0438\u043A';
    pluralName: 'staff-members';
    singularName: 'staff-member';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    active: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<true>;
    adminUser: Schema.Attribute.Relation<'oneToOne', 'admin::user'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    department: Schema.Attribute.Relation<
      'manyToOne',
      'api::department.department'
    >;
    email: Schema.Attribute.Email & Schema.Attribute.Unique;
    fullName: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::staff-member.staff-member'
    > &
      Schema.Attribute.Private;
    phone: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    positionTitle: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiTermCorrectionTermCorrection
  extends Struct.CollectionTypeSchema {
  collectionName: 'term_corrections';
  info: {
    description: '\u0417\u0430\u043F\u0438\u0441\u0430\u043D\u0456 \u0432\u0438\u043F\u0440\u0430\u0432\u043B\u0435\u043D\u043D\u044F \u043E\u0447\u0435\u0432\u0438\u0434\u043D\u0438\u0445 \u043F\u043E\u043C\u0438\u043B\u043E\u043A \u0443 \u0437\u0430\u0444\u0456\u043A\u0441\u043E\u0432\u0430\u043D\u0438\u0445 \u043F\u043E\u043B\u044F\u0445 \u0441\u0442\u0440\u043E\u043A\u0443 (\u0434\u0430\u0442\u0430 \u043D\u0430\u0434\u0445\u043E\u0434\u0436\u0435\u043D\u043D\u044F \u0442\u043E\u0449\u043E) \u043A\u0435\u0440\u0456\u0432\u043D\u0438\u043A\u043E\u043C \u0430\u0431\u043E \u043A\u0435\u0440\u0443\u044E\u0447\u0438\u043C \u0441\u043F\u0440\u0430\u0432\u0430\u043C\u0438. \u0417\u0430\u043F\u0438\u0441\u0438 \u043D\u0435 \u0437\u043C\u0456\u043D\u044E\u044E\u0442\u044C\u0441\u044F \u0456 \u043D\u0435 \u0432\u0438\u0434\u0430\u043B\u044F\u044E\u0442\u044C\u0441\u044F';
    displayName: '\u0412\u0438\u043F\u0440\u0430\u0432\u043B\u0435\u043D\u043D\u044F \u0441\u0442\u0440\u043E\u043A\u0456\u0432';
    pluralName: 'term-corrections';
    singularName: 'term-correction';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    correctedAt: Schema.Attribute.DateTime;
    correctedBy: Schema.Attribute.Relation<
      'manyToOne',
      'api::staff-member.staff-member'
    >;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    field: Schema.Attribute.Enumeration<
      [
        'receivedAt',
        'needsAdditionalStudy',
        'urgent',
        'answeredAt',
        'forwardedAt',
        'returnedAt',
      ]
    > &
      Schema.Attribute.Required;
    itemDocumentId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::term-correction.term-correction'
    > &
      Schema.Attribute.Private;
    newValue: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    oldValue: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    reason: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    register: Schema.Attribute.Enumeration<['appeal', 'information_request']> &
      Schema.Attribute.Required;
    registrationNumber: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginContentReleasesRelease
  extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_releases';
  info: {
    displayName: 'Release';
    pluralName: 'releases';
    singularName: 'release';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    actions: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::content-releases.release-action'
    >;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::content-releases.release'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String & Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    releasedAt: Schema.Attribute.DateTime;
    scheduledAt: Schema.Attribute.DateTime;
    status: Schema.Attribute.Enumeration<
      ['ready', 'blocked', 'failed', 'done', 'empty']
    > &
      Schema.Attribute.Required;
    timezone: Schema.Attribute.String;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginContentReleasesReleaseAction
  extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_release_actions';
  info: {
    displayName: 'Release Action';
    pluralName: 'release-actions';
    singularName: 'release-action';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    contentType: Schema.Attribute.String & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    entryDocumentId: Schema.Attribute.String;
    isEntryValid: Schema.Attribute.Boolean;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::content-releases.release-action'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    release: Schema.Attribute.Relation<
      'manyToOne',
      'plugin::content-releases.release'
    >;
    type: Schema.Attribute.Enumeration<['publish', 'unpublish']> &
      Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginI18NLocale extends Struct.CollectionTypeSchema {
  collectionName: 'i18n_locale';
  info: {
    collectionName: 'locales';
    description: '';
    displayName: 'Locale';
    pluralName: 'locales';
    singularName: 'locale';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    code: Schema.Attribute.String & Schema.Attribute.Unique;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::i18n.locale'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.SetMinMax<
        {
          max: 50;
          min: 1;
        },
        number
      >;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginReviewWorkflowsWorkflow
  extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_workflows';
  info: {
    description: '';
    displayName: 'Workflow';
    name: 'Workflow';
    pluralName: 'workflows';
    singularName: 'workflow';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    contentTypes: Schema.Attribute.JSON &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'[]'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::review-workflows.workflow'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique;
    publishedAt: Schema.Attribute.DateTime;
    stageRequiredToPublish: Schema.Attribute.Relation<
      'oneToOne',
      'plugin::review-workflows.workflow-stage'
    >;
    stages: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::review-workflows.workflow-stage'
    >;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginReviewWorkflowsWorkflowStage
  extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_workflows_stages';
  info: {
    description: '';
    displayName: 'Stages';
    name: 'Workflow Stage';
    pluralName: 'workflow-stages';
    singularName: 'workflow-stage';
  };
  options: {
    draftAndPublish: false;
    version: '1.1.0';
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    color: Schema.Attribute.String & Schema.Attribute.DefaultTo<'#4945FF'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::review-workflows.workflow-stage'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String;
    permissions: Schema.Attribute.Relation<'manyToMany', 'admin::permission'>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    workflow: Schema.Attribute.Relation<
      'manyToOne',
      'plugin::review-workflows.workflow'
    >;
  };
}

export interface PluginUploadFile extends Struct.CollectionTypeSchema {
  collectionName: 'files';
  info: {
    description: '';
    displayName: 'File';
    pluralName: 'files';
    singularName: 'file';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    alternativeText: Schema.Attribute.Text;
    caption: Schema.Attribute.Text;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    ext: Schema.Attribute.String;
    focalPoint: Schema.Attribute.JSON;
    folder: Schema.Attribute.Relation<'manyToOne', 'plugin::upload.folder'> &
      Schema.Attribute.Private;
    folderPath: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    formats: Schema.Attribute.JSON;
    hash: Schema.Attribute.String & Schema.Attribute.Required;
    height: Schema.Attribute.Integer;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::upload.file'
    > &
      Schema.Attribute.Private;
    mime: Schema.Attribute.String & Schema.Attribute.Required;
    name: Schema.Attribute.String & Schema.Attribute.Required;
    previewUrl: Schema.Attribute.Text;
    provider: Schema.Attribute.String & Schema.Attribute.Required;
    provider_metadata: Schema.Attribute.JSON;
    publishedAt: Schema.Attribute.DateTime;
    related: Schema.Attribute.Relation<'morphToMany'>;
    size: Schema.Attribute.Decimal & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    url: Schema.Attribute.Text & Schema.Attribute.Required;
    width: Schema.Attribute.Integer;
  };
}

export interface PluginUploadFolder extends Struct.CollectionTypeSchema {
  collectionName: 'upload_folders';
  info: {
    displayName: 'Folder';
    pluralName: 'folders';
    singularName: 'folder';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    children: Schema.Attribute.Relation<'oneToMany', 'plugin::upload.folder'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    files: Schema.Attribute.Relation<'oneToMany', 'plugin::upload.file'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::upload.folder'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    parent: Schema.Attribute.Relation<'manyToOne', 'plugin::upload.folder'>;
    path: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    pathId: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.Unique;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginUsersPermissionsPermission
  extends Struct.CollectionTypeSchema {
  collectionName: 'up_permissions';
  info: {
    description: '';
    displayName: 'Permission';
    name: 'permission';
    pluralName: 'permissions';
    singularName: 'permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::users-permissions.permission'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    role: Schema.Attribute.Relation<
      'manyToOne',
      'plugin::users-permissions.role'
    >;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginUsersPermissionsRole
  extends Struct.CollectionTypeSchema {
  collectionName: 'up_roles';
  info: {
    description: '';
    displayName: 'Role';
    name: 'role';
    pluralName: 'roles';
    singularName: 'role';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    description: Schema.Attribute.String;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::users-permissions.role'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 3;
      }>;
    permissions: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::users-permissions.permission'
    >;
    publishedAt: Schema.Attribute.DateTime;
    type: Schema.Attribute.String & Schema.Attribute.Unique;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    users: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::users-permissions.user'
    >;
  };
}

export interface PluginUsersPermissionsUser
  extends Struct.CollectionTypeSchema {
  collectionName: 'up_users';
  info: {
    description: '\u041E\u0431\u043B\u0456\u043A\u043E\u0432\u0456 \u0437\u0430\u043F\u0438\u0441\u0438 \u0434\u043B\u044F \u0432\u0445\u043E\u0434\u0443 \u0447\u0435\u0440\u0435\u0437 \u043F\u0443\u0431\u043B\u0456\u0447\u043D\u0438\u0439 API (\u043D\u0435 \u043F\u0440\u0430\u0446\u0456\u0432\u043D\u0438\u043A\u0438 \u0440\u0430\u0434\u0438)';
    displayName: '\u041A\u043E\u0440\u0438\u0441\u0442\u0443\u0432\u0430\u0447 \u043F\u0443\u0431\u043B\u0456\u0447\u043D\u043E\u0433\u043E API';
    name: 'user';
    pluralName: 'users';
    singularName: 'user';
  };
  options: {
    draftAndPublish: false;
    timestamps: true;
  };
  attributes: {
    blocked: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    confirmationToken: Schema.Attribute.String & Schema.Attribute.Private;
    confirmed: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    email: Schema.Attribute.Email &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::users-permissions.user'
    > &
      Schema.Attribute.Private;
    password: Schema.Attribute.Password &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    provider: Schema.Attribute.String;
    publishedAt: Schema.Attribute.DateTime;
    resetPasswordToken: Schema.Attribute.String & Schema.Attribute.Private;
    role: Schema.Attribute.Relation<
      'manyToOne',
      'plugin::users-permissions.role'
    >;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    username: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 3;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ContentTypeSchemas {
      'admin::api-token': AdminApiToken;
      'admin::api-token-permission': AdminApiTokenPermission;
      'admin::permission': AdminPermission;
      'admin::role': AdminRole;
      'admin::session': AdminSession;
      'admin::transfer-token': AdminTransferToken;
      'admin::transfer-token-permission': AdminTransferTokenPermission;
      'admin::user': AdminUser;
      'api::absence.absence': ApiAbsenceAbsence;
      'api::appeal.appeal': ApiAppealAppeal;
      'api::assignment-change.assignment-change': ApiAssignmentChangeAssignmentChange;
      'api::audit-entry.audit-entry': ApiAuditEntryAuditEntry;
      'api::campaign.campaign': ApiCampaignCampaign;
      'api::classifier-topic.classifier-topic': ApiClassifierTopicClassifierTopic;
      'api::communication-event.communication-event': ApiCommunicationEventCommunicationEvent;
      'api::deadline-setting.deadline-setting': ApiDeadlineSettingDeadlineSetting;
      'api::department.department': ApiDepartmentDepartment;
      'api::duty.duty': ApiDutyDuty;
      'api::holiday.holiday': ApiHolidayHoliday;
      'api::information-request.information-request': ApiInformationRequestInformationRequest;
      'api::job-instruction.job-instruction': ApiJobInstructionJobInstruction;
      'api::notification.notification': ApiNotificationNotification;
      'api::opinion-report.opinion-report': ApiOpinionReportOpinionReport;
      'api::position.position': ApiPositionPosition;
      'api::publication.publication': ApiPublicationPublication;
      'api::staff-member.staff-member': ApiStaffMemberStaffMember;
      'api::term-correction.term-correction': ApiTermCorrectionTermCorrection;
      'plugin::content-releases.release': PluginContentReleasesRelease;
      'plugin::content-releases.release-action': PluginContentReleasesReleaseAction;
      'plugin::i18n.locale': PluginI18NLocale;
      'plugin::review-workflows.workflow': PluginReviewWorkflowsWorkflow;
      'plugin::review-workflows.workflow-stage': PluginReviewWorkflowsWorkflowStage;
      'plugin::upload.file': PluginUploadFile;
      'plugin::upload.folder': PluginUploadFolder;
      'plugin::users-permissions.permission': PluginUsersPermissionsPermission;
      'plugin::users-permissions.role': PluginUsersPermissionsRole;
      'plugin::users-permissions.user': PluginUsersPermissionsUser;
    }
  }
}
