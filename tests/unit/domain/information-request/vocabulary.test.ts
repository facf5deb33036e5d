import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { INFORMATION_REQUEST_STATES } from '../../../../src/domain/information-request/states';
import {
  INFORMATION_ANSWER_OUTCOMES,
  INFORMATION_ANSWER_OUTCOME_LABELS,
  INFORMATION_REQUEST_CHANNELS,
  INFORMATION_REQUEST_CHANNEL_LABELS,
  REFUSAL_GROUNDS,
  REFUSAL_GROUND_LABELS,
  URGENCY_GROUNDS,
  URGENCY_GROUND_LABELS,
} from '../../../../src/domain/information-request/vocabulary';

describe('information request vocabulary', () => {
  it('has the channels with labels', () => {
    expect(INFORMATION_REQUEST_CHANNEL_LABELS).toEqual({
      post: 'поштою',
      email: 'електронною поштою',
      website_form: 'через форму на вебсайті',
      phone: 'телефоном',
      personal: 'особисто',
    });
  });

  it('has the urgency grounds of Art. 20(2)', () => {
    expect(URGENCY_GROUND_LABELS).toEqual({
      life_or_freedom: 'захист життя чи свободи особи',
      environment: 'стан довкілля',
      food_quality: 'якість харчових продуктів і предметів побуту',
      accident: 'аварія',
      catastrophe: 'катастрофа',
      dangerous_natural_phenomenon: 'небезпечне природне явище',
      other_emergency: 'інша надзвичайна подія, що загрожує безпеці громадян',
    });
  });

  it('has exactly the four refusal grounds of Art. 22(1) and the answer outcomes', () => {
    expect(REFUSAL_GROUND_LABELS).toEqual({
      not_holder: "розпорядник не володіє і не зобов'язаний володіти інформацією",
      restricted: 'інформація з обмеженим доступом',
      costs_not_paid: 'не оплачено фактичні витрати на копіювання/друк',
      request_requirements: 'запит не відповідає вимогам ч. 5 ст. 19',
    });
    expect(INFORMATION_ANSWER_OUTCOME_LABELS).toEqual({
      provided: 'інформацію надано',
      partially_provided: 'інформацію надано частково',
      refused: 'у наданні інформації відмовлено',
    });
  });

  it('keeps every value list in the order of its labels', () => {
    expect([...INFORMATION_REQUEST_CHANNELS]).toEqual(['post', 'email', 'website_form', 'phone', 'personal']);
    expect([...URGENCY_GROUNDS]).toEqual([
      'life_or_freedom',
      'environment',
      'food_quality',
      'accident',
      'catastrophe',
      'dangerous_natural_phenomenon',
      'other_emergency',
    ]);
    expect([...REFUSAL_GROUNDS]).toEqual(['not_holder', 'restricted', 'costs_not_paid', 'request_requirements']);
    expect([...INFORMATION_ANSWER_OUTCOMES]).toEqual(['provided', 'partially_provided', 'refused']);
    for (const [values, labels] of [
      [INFORMATION_REQUEST_CHANNELS, INFORMATION_REQUEST_CHANNEL_LABELS],
      [URGENCY_GROUNDS, URGENCY_GROUND_LABELS],
      [REFUSAL_GROUNDS, REFUSAL_GROUND_LABELS],
      [INFORMATION_ANSWER_OUTCOMES, INFORMATION_ANSWER_OUTCOME_LABELS],
    ] as const) {
      expect(Object.keys(labels)).toEqual([...values]);
    }
  });
});

const SCHEMA_PATH = join(
  __dirname,
  '../../../../src/api/information-request/content-types/information-request/schema.json',
);

// The content type is built in parallel with this module. Until its schema.json exists this test is
// reported as skipped (not passed); from the moment it exists every enumeration must match exactly.
const whenSchemaExists = existsSync(SCHEMA_PATH) ? it : it.skip;

describe('the information-request content type', () => {
  whenSchemaExists('has exactly these enumerations', () => {
    const { attributes } = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
    expect(attributes.workflowState?.enum).toEqual([...INFORMATION_REQUEST_STATES]);
    expect(attributes.channel?.enum).toEqual([...INFORMATION_REQUEST_CHANNELS]);
    expect(attributes.urgencyGround?.enum).toEqual([...URGENCY_GROUNDS]);
    expect(attributes.refusalGround?.enum).toEqual([...REFUSAL_GROUNDS]);
    expect(attributes.answerOutcome?.enum).toEqual([...INFORMATION_ANSWER_OUTCOMES]);
  });
});
