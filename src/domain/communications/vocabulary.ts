/**
 * The enumerations of the public relations sector (Regulation of the sector, section 3: campaigns,
 * events, information materials, refutation of fakes, social media) with their Ukrainian labels.
 * `CAMPAIGN_STATES` and `PUBLICATION_KINDS` are a contract with the city website
 * (`api::campaign.campaign.campaignState`, `api::publication.publication.kind`): change the schema,
 * these arrays and the website together.
 */

/** `campaignState` — `status` is reserved by Strapi 5 draft & publish. Transitions live in `campaign-states.ts`. */
export const CAMPAIGN_STATES = ['planned', 'active', 'completed', 'cancelled'] as const;
export type CampaignState = (typeof CAMPAIGN_STATES)[number];
export const CAMPAIGN_STATE_LABELS: Readonly<Record<CampaignState, string>> = {
  planned: 'запланована',
  active: 'триває',
  completed: 'завершена',
  cancelled: 'скасована',
};

/** Where a campaign speaks to the community; social networks are a channel of their own (Regulation, 2.3). */
export const COMMUNICATION_CHANNELS = [
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
] as const;
export type CommunicationChannel = (typeof COMMUNICATION_CHANNELS)[number];
export const COMMUNICATION_CHANNEL_LABELS: Readonly<Record<CommunicationChannel, string>> = {
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
};

/** Communication events the sector organises (Regulation, 2.4 and 3.1). */
export const EVENT_TYPES = [
  'press_conference',
  'public_hearing',
  'meeting_with_residents',
  'forum',
  'briefing',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const EVENT_TYPE_LABELS: Readonly<Record<EventType, string>> = {
  press_conference: 'пресконференція',
  public_hearing: 'громадські слухання',
  meeting_with_residents: 'зустріч із мешканцями',
  forum: 'форум',
  briefing: 'брифінг',
  other: 'інший захід',
};

/** What the public-information section of the city website shows. */
export const PUBLICATION_KINDS = [
  'news',
  'announcement',
  'information_material',
  'refutation',
  'appeal_answer',
  'report',
] as const;
export type PublicationKind = (typeof PUBLICATION_KINDS)[number];
export const PUBLICATION_KIND_LABELS: Readonly<Record<PublicationKind, string>> = {
  news: 'новина',
  announcement: 'оголошення',
  information_material: 'інформаційний матеріал',
  refutation: 'спростування',
  appeal_answer: 'відповідь на звернення',
  report: 'звіт',
};

/**
 * The finding of a refutation of a fake or disinformation (Regulation, 3.1: «протидія (спростування) фейкам»).
 * «Неправда» is stored as `false_claim`: GraphQL forbids an enum value named `false`, and the city website
 * reads publications through GraphQL.
 */
export const REFUTATION_VERDICTS = ['false_claim', 'manipulation', 'misleading', 'unproven'] as const;
export type RefutationVerdict = (typeof REFUTATION_VERDICTS)[number];
export const REFUTATION_VERDICT_LABELS: Readonly<Record<RefutationVerdict, string>> = {
  false_claim: 'неправда',
  manipulation: 'маніпуляція',
  misleading: 'вводить в оману',
  unproven: 'не підтверджено',
};
