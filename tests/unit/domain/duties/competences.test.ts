import {
  COMPETENCES,
  COMPETENCE_LABELS,
  INFORMATION_REQUEST_COMPETENCE,
  competenceForAppealChannel,
  inCanonicalOrder,
  isCompetence,
} from '../../../../src/domain/duties/competences';
import { APPEAL_CHANNELS } from '../../../../src/domain/appeal/vocabulary';

describe('the one list of competences', () => {
  it('is the fixed list shared by the importer and routing, in this order', () => {
    expect(COMPETENCES).toEqual([
      'hotline_appeals',
      'written_appeals',
      'email_appeals',
      'e_petitions',
      'personal_reception',
      'information_requests',
      'campaigns',
      'events',
      'opinion_monitoring',
      'information_materials',
      'refutations',
      'social_media',
      'reports',
      'corruption_reports',
    ]);
  });

  it('has a Ukrainian label for every competence and nothing else', () => {
    expect(Object.keys(COMPETENCE_LABELS).sort()).toEqual([...COMPETENCES].sort());
    expect(COMPETENCE_LABELS.hotline_appeals).toBe('звернення з урядової «гарячої лінії»');
    expect(COMPETENCE_LABELS.refutations).toBe('спростування фейків і дезінформації');
    expect(COMPETENCE_LABELS.information_requests).toBe('запити на публічну інформацію');
  });

  it('routes a public information request by one fixed competence', () => {
    expect(INFORMATION_REQUEST_COMPETENCE).toBe('information_requests');
  });

  it('recognises only its own codes', () => {
    expect(isCompetence('events')).toBe(true);
    expect(isCompetence('Events')).toBe(false);
    expect(isCompetence('appeals')).toBe(false);
    expect(isCompetence(null)).toBe(false);
  });

  it('puts competences in list order without repeats', () => {
    expect(inCanonicalOrder(['reports', 'campaigns', 'reports', 'hotline_appeals'])).toEqual([
      'hotline_appeals',
      'campaigns',
      'reports',
    ]);
  });
});

describe('competenceForAppealChannel', () => {
  it.each([
    ['government_hotline', 'hotline_appeals'],
    ['written', 'written_appeals'],
    ['forwarded', 'written_appeals'],
    ['email', 'email_appeals'],
    ['website', 'email_appeals'],
    ['e_petition', 'e_petitions'],
    ['personal_reception', 'personal_reception'],
    ['phone', 'personal_reception'],
  ])('%s → %s', (channel, competence) => {
    expect(competenceForAppealChannel(channel)).toBe(competence);
  });

  it('covers every channel of the appeal schema', () => {
    expect(APPEAL_CHANNELS.filter((channel) => competenceForAppealChannel(channel) === null)).toEqual([]);
  });

  it.each([['fax'], [''], ['GOVERNMENT_HOTLINE'], ['toString'], ['__proto__']])('returns null for %p', (channel) => {
    expect(competenceForAppealChannel(channel)).toBeNull();
  });
});
