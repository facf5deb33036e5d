import {
  CAMPAIGN_STATES,
  CAMPAIGN_STATE_LABELS,
  COMMUNICATION_CHANNELS,
  COMMUNICATION_CHANNEL_LABELS,
  EVENT_TYPES,
  EVENT_TYPE_LABELS,
  PUBLICATION_KINDS,
  PUBLICATION_KIND_LABELS,
  REFUTATION_VERDICTS,
  REFUTATION_VERDICT_LABELS,
} from '../../../../src/domain/communications/vocabulary';

describe('communications vocabulary', () => {
  it('campaign states and publication kinds are the contract with the city website', () => {
    expect([...CAMPAIGN_STATES]).toEqual(['planned', 'active', 'completed', 'cancelled']);
    expect([...PUBLICATION_KINDS]).toEqual([
      'news',
      'announcement',
      'information_material',
      'refutation',
      'appeal_answer',
      'report',
    ]);
  });

  it('lists channels, event types and verdicts', () => {
    expect([...COMMUNICATION_CHANNELS]).toEqual([
      'website',
      'facebook',
      'telegram',
      'instagram',
      'youtube',
      'tv',
      'radio',
      'print',
      'outdoor',
      'events',
    ]);
    expect([...EVENT_TYPES]).toEqual([
      'press_conference',
      'public_hearing',
      'meeting_with_residents',
      'forum',
      'briefing',
      'other',
    ]);
    expect([...REFUTATION_VERDICTS]).toEqual(['false_claim', 'manipulation', 'misleading', 'unproven']);
  });

  it('labels every value in Ukrainian', () => {
    expect(CAMPAIGN_STATE_LABELS).toEqual({
      planned: 'запланована',
      active: 'триває',
      completed: 'завершена',
      cancelled: 'скасована',
    });
    expect(PUBLICATION_KIND_LABELS).toEqual({
      news: 'новина',
      announcement: 'оголошення',
      information_material: 'інформаційний матеріал',
      refutation: 'спростування',
      appeal_answer: 'відповідь на звернення',
      report: 'звіт',
    });
    expect(REFUTATION_VERDICT_LABELS).toEqual({
      false_claim: 'неправда',
      manipulation: 'маніпуляція',
      misleading: 'вводить в оману',
      unproven: 'не підтверджено',
    });
    expect(EVENT_TYPE_LABELS).toEqual({
      press_conference: 'пресконференція',
      public_hearing: 'громадські слухання',
      meeting_with_residents: 'зустріч із мешканцями',
      forum: 'форум',
      briefing: 'брифінг',
      other: 'інший захід',
    });
    expect(COMMUNICATION_CHANNEL_LABELS).toEqual({
      website: 'вебсайт міської ради',
      facebook: 'Facebook',
      telegram: 'Telegram',
      instagram: 'Instagram',
      youtube: 'YouTube',
      tv: 'телебачення',
      radio: 'радіо',
      print: 'друковані видання',
      outdoor: 'зовнішня реклама',
      events: 'публічні заходи',
    });
  });
});
