/**
 * What the city website may read: the content types of the public-information section and, for each, the fields that
 * are public. Everything else — appeals, information requests, staff, notifications, users, roles, and the internal
 * fields of these types (campaign KPIs in progress, budget, notes, who is responsible) — is absent from the public
 * GraphQL schema and stripped from public REST answers. A content type or field added later stays private until it
 * is listed here.
 */
export const PUBLIC_FIELDS: Readonly<Record<string, readonly string[]>> = {
  'api::publication.publication': ['kind', 'title', 'slug', 'summary', 'body', 'question', 'coverImage', 'topic', 'campaign', 'claim', 'claimSources', 'verdict', 'evidence'],
  'api::campaign.campaign': ['title', 'goal', 'channels', 'startsOn', 'endsOn', 'campaignState'],
  'api::communication-event.communication-event': ['title', 'eventType', 'startsAt', 'endsAt', 'place', 'onlineLink', 'campaign', 'expectedParticipants', 'actualParticipants', 'outcome'],
  'api::classifier-topic.classifier-topic': ['code', 'title'],
};

export const PUBLIC_CONTENT_TYPES = Object.keys(PUBLIC_FIELDS);

/**
 * Fields of plugin types a public type points at: a cover image is its file, not `related` (a union of every
 * content type) or where it is stored.
 */
export const PUBLIC_PLUGIN_TYPE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  UploadFile: ['name', 'alternativeText', 'caption', 'width', 'height', 'formats', 'mime', 'size', 'url', 'ext', 'previewUrl'],
};

/** Fields every document has and that identify nobody. */
export const SYSTEM_FIELDS = ['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt'];

export function isPublicField(uid: string, field: string): boolean {
  return SYSTEM_FIELDS.includes(field) || (PUBLIC_FIELDS[uid] ?? []).includes(field);
}

/** Read actions granted to the Public role and to the city website's token (those of existing types only). */
export function publicReadActions(existing: (uid: string) => boolean): string[] {
  return PUBLIC_CONTENT_TYPES.filter(existing).flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]);
}
