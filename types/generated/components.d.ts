import type { Schema, Struct } from '@strapi/strapi';

export interface CommunicationsKpi extends Struct.ComponentSchema {
  collectionName: 'components_communications_kpis';
  info: {
    description: '\u0429\u043E \u0432\u0438\u043C\u0456\u0440\u044E\u0454\u0442\u044C\u0441\u044F, \u043E\u0434\u0438\u043D\u0438\u0446\u044F, \u0446\u0456\u043B\u044C\u043E\u0432\u0435 \u0456 \u0444\u0430\u043A\u0442\u0438\u0447\u043D\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u043D\u044F';
    displayName: '\u041F\u043E\u043A\u0430\u0437\u043D\u0438\u043A \u0435\u0444\u0435\u043A\u0442\u0438\u0432\u043D\u043E\u0441\u0442\u0456 (KPI)';
    icon: 'chartBubble';
  };
  attributes: {
    actual: Schema.Attribute.Decimal;
    metric: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    target: Schema.Attribute.Decimal;
    unit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
  };
}

export interface InformationRequestAppeal extends Struct.ComponentSchema {
  collectionName: 'components_information_request_appeals';
  info: {
    description: '\u041E\u0441\u043A\u0430\u0440\u0436\u0435\u043D\u043D\u044F \u0432\u0456\u0434\u043C\u043E\u0432\u0438, \u043D\u0435\u0441\u0432\u043E\u0454\u0447\u0430\u0441\u043D\u043E\u0457 \u0432\u0456\u0434\u043F\u043E\u0432\u0456\u0434\u0456 \u0447\u0438 \u0456\u043D\u0448\u043E\u0457 \u0434\u0456\u0457 \u0440\u043E\u0437\u043F\u043E\u0440\u044F\u0434\u043D\u0438\u043A\u0430 (\u0441\u0442. 23 \u0417\u0430\u043A\u043E\u043D\u0443 \u00AB\u041F\u0440\u043E \u0434\u043E\u0441\u0442\u0443\u043F \u0434\u043E \u043F\u0443\u0431\u043B\u0456\u0447\u043D\u043E\u0457 \u0456\u043D\u0444\u043E\u0440\u043C\u0430\u0446\u0456\u0457\u00BB)';
    displayName: '\u0421\u043A\u0430\u0440\u0433\u0430 \u043D\u0430 \u0440\u043E\u0437\u0433\u043B\u044F\u0434 \u0437\u0430\u043F\u0438\u0442\u0443';
    icon: 'balance-scale';
  };
  attributes: {
    appealedTo: Schema.Attribute.Enumeration<
      ['head', 'higher_body', 'court', 'ombudsman']
    > &
      Schema.Attribute.Required;
    decidedAt: Schema.Attribute.DateTime;
    filedAt: Schema.Attribute.DateTime & Schema.Attribute.Required;
    note: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    outcome: Schema.Attribute.Enumeration<
      ['under_review', 'upheld', 'partially_upheld', 'dismissed', 'withdrawn']
    > &
      Schema.Attribute.DefaultTo<'under_review'>;
    subject: Schema.Attribute.Enumeration<
      [
        'refusal',
        'deferral',
        'no_answer',
        'inaccurate_or_incomplete',
        'late_answer',
        'other',
      ]
    > &
      Schema.Attribute.Required;
  };
}

export interface PersonalApplicant extends Struct.ComponentSchema {
  collectionName: 'components_personal_applicants';
  info: {
    description: '\u041F\u0435\u0440\u0441\u043E\u043D\u0430\u043B\u044C\u043D\u0456 \u0434\u0430\u043D\u0456 \u0437\u0430\u044F\u0432\u043D\u0438\u043A\u0430 (\u0417\u0430\u043A\u043E\u043D \u00AB\u041F\u0440\u043E \u0437\u0430\u0445\u0438\u0441\u0442 \u043F\u0435\u0440\u0441\u043E\u043D\u0430\u043B\u044C\u043D\u0438\u0445 \u0434\u0430\u043D\u0438\u0445\u00BB): \u043D\u0456\u043A\u043E\u043B\u0438 \u043D\u0435 \u043F\u0443\u0431\u043B\u0456\u043A\u0443\u044E\u0442\u044C\u0441\u044F';
    displayName: '\u0417\u0430\u044F\u0432\u043D\u0438\u043A';
    icon: 'user';
  };
  attributes: {
    address: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    email: Schema.Attribute.Email &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    fullName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    phone: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    privilegeCategory: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    privileged: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
  };
}

export interface PersonalRequester extends Struct.ComponentSchema {
  collectionName: 'components_personal_requesters';
  info: {
    description: '\u041F\u0435\u0440\u0441\u043E\u043D\u0430\u043B\u044C\u043D\u0456 \u0434\u0430\u043D\u0456 \u0437\u0430\u043F\u0438\u0442\u0443\u0432\u0430\u0447\u0430 \u0456\u043D\u0444\u043E\u0440\u043C\u0430\u0446\u0456\u0457: \u043D\u0456\u043A\u043E\u043B\u0438 \u043D\u0435 \u043F\u0443\u0431\u043B\u0456\u043A\u0443\u044E\u0442\u044C\u0441\u044F';
    displayName: '\u0417\u0430\u043F\u0438\u0442\u0443\u0432\u0430\u0447';
    icon: 'user';
  };
  attributes: {
    address: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    email: Schema.Attribute.Email &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    fullName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    organization: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    phone: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
  };
}

export interface SettingsPersonalConsiderationRule
  extends Struct.ComponentSchema {
  collectionName: 'components_settings_personal_consideration_rules';
  info: {
    description: '\u041A\u0430\u0442\u0435\u0433\u043E\u0440\u0456\u044F \u043F\u0456\u043B\u044C\u0433\u043E\u0432\u0438\u043A\u0456\u0432, \u0447\u0438\u0457 \u0437\u0432\u0435\u0440\u043D\u0435\u043D\u043D\u044F \u0437\u0430 \u0430\u043A\u0442\u043E\u043C \u0440\u0430\u0434\u0438 \u0440\u043E\u0437\u0433\u043B\u044F\u0434\u0430\u0454 \u043F\u0435\u0440\u0448\u0438\u0439 \u043A\u0435\u0440\u0456\u0432\u043D\u0438\u043A \u043E\u0441\u043E\u0431\u0438\u0441\u0442\u043E (\u0441\u0442. 20 \u0417\u0430\u043A\u043E\u043D\u0443 \u00AB\u041F\u0440\u043E \u0437\u0432\u0435\u0440\u043D\u0435\u043D\u043D\u044F \u0433\u0440\u043E\u043C\u0430\u0434\u044F\u043D\u00BB \u2014 \u043B\u0438\u0448\u0435 \u0413\u0435\u0440\u043E\u0457)';
    displayName: '\u041F\u0440\u0430\u0432\u0438\u043B\u043E \u0440\u0430\u0434\u0438: \u0440\u043E\u0437\u0433\u043B\u044F\u0434 \u043A\u0435\u0440\u0456\u0432\u043D\u0438\u043A\u043E\u043C \u043E\u0441\u043E\u0431\u0438\u0441\u0442\u043E';
    icon: 'user';
  };
  attributes: {
    basis: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    category: Schema.Attribute.Enumeration<
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
    > &
      Schema.Attribute.Required;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'communications.kpi': CommunicationsKpi;
      'information.request-appeal': InformationRequestAppeal;
      'personal.applicant': PersonalApplicant;
      'personal.requester': PersonalRequester;
      'settings.personal-consideration-rule': SettingsPersonalConsiderationRule;
    }
  }
}
