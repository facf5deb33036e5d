import { readFileSync } from 'fs';
import { join } from 'path';
import { APPEAL_STATES } from '../../../src/domain/appeal/states';
import {
  ANSWER_OUTCOMES,
  ANSWER_OUTCOME_LABELS,
  APPEAL_CHANNELS,
  APPEAL_CHANNEL_LABELS,
  APPEAL_RECURRENCES,
  APPEAL_RECURRENCE_LABELS,
  APPEAL_TYPES,
  APPEAL_TYPE_LABELS,
  AUTHOR_KINDS,
  AUTHOR_KIND_LABELS,
  NOT_CONSIDERED_REASONS,
  NOT_CONSIDERED_REASON_LABELS,
} from '../../../src/domain/appeal/vocabulary';

describe('appeal vocabulary', () => {
  it('has the channels of the contract with labels', () => {
    expect(APPEAL_CHANNEL_LABELS).toEqual({
      government_hotline: 'урядова «гаряча лінія» 1545',
      written: 'письмове',
      email: 'електронна пошта',
      website: 'вебсайт',
      personal_reception: 'особистий прийом',
      phone: 'телефон',
      e_petition: 'електронна петиція',
      forwarded: 'надійшло від іншого органу',
    });
    expect(Object.keys(APPEAL_CHANNEL_LABELS)).toEqual([...APPEAL_CHANNELS]);
  });

  it('has the types of Art. 3, author kinds, recurrences, outcomes and Art. 8 reasons', () => {
    expect(APPEAL_TYPE_LABELS).toEqual({
      proposal: 'пропозиція (зауваження)',
      application: 'заява (клопотання)',
      complaint: 'скарга',
    });
    expect(AUTHOR_KIND_LABELS).toEqual({ individual: 'індивідуальне', collective: 'колективне', anonymous: 'анонімне' });
    expect([...APPEAL_RECURRENCES]).toEqual(['primary', 'repeated', 'duplicate', 'multiple', 'mass']);
    expect(ANSWER_OUTCOME_LABELS).toEqual({
      satisfied: 'задоволено',
      partially_satisfied: 'задоволено частково',
      explained: "роз'яснено",
      rejected: 'відмовлено',
    });
    expect([...NOT_CONSIDERED_REASONS]).toEqual([
      'anonymous',
      'repeated_already_decided',
      'complaint_term_missed',
      'incapable_person',
    ]);
    for (const [values, labels] of [
      [APPEAL_TYPES, APPEAL_TYPE_LABELS],
      [AUTHOR_KINDS, AUTHOR_KIND_LABELS],
      [APPEAL_RECURRENCES, APPEAL_RECURRENCE_LABELS],
      [ANSWER_OUTCOMES, ANSWER_OUTCOME_LABELS],
      [NOT_CONSIDERED_REASONS, NOT_CONSIDERED_REASON_LABELS],
    ] as const) {
      expect(Object.keys(labels)).toEqual([...values]);
    }
  });

  it('matches the enumerations of the appeal content type', () => {
    const schemaPath = join(__dirname, '../../../src/api/appeal/content-types/appeal/schema.json');
    const { attributes } = JSON.parse(readFileSync(schemaPath, 'utf8'));
    expect(attributes.channel.enum).toEqual([...APPEAL_CHANNELS]);
    expect(attributes.appealType.enum).toEqual([...APPEAL_TYPES]);
    expect(attributes.authorKind.enum).toEqual([...AUTHOR_KINDS]);
    expect(attributes.recurrence.enum).toEqual([...APPEAL_RECURRENCES]);
    expect(attributes.workflowState.enum).toEqual([...APPEAL_STATES]);
    expect(attributes.answerOutcome.enum).toEqual([...ANSWER_OUTCOMES]);
    expect(attributes.notConsideredReason.enum).toEqual([...NOT_CONSIDERED_REASONS]);
  });
});
