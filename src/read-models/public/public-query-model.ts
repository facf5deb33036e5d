import type { PublicQueryModel, QueryAttribute } from '../../domain/access/public-query';
import { isPublicField, PUBLIC_FIELDS, PUBLIC_PLUGIN_TYPE_FIELDS, SYSTEM_FIELDS } from './public-content';

const MEDIA_UID = 'plugin::upload.file';

/**
 * The public-query model of this application: a public type's public fields (public-content.ts); every field of a
 * component that a public field holds (the answer shows the component whole); a media file's public fields; nothing
 * of any other type.
 */
export function publicQueryModel(getModel: (uid: string) => { attributes?: Record<string, any> } | undefined): PublicQueryModel {
  return {
    attributes: (uid) => getModel(uid)?.attributes as Record<string, QueryAttribute> | undefined,
    isPublic: (uid, field) => {
      if (uid in PUBLIC_FIELDS) return isPublicField(uid, field);
      if (uid === MEDIA_UID) return SYSTEM_FIELDS.includes(field) || PUBLIC_PLUGIN_TYPE_FIELDS.UploadFile.includes(field);
      if (!uid.includes('::')) return field === 'id' || Boolean(getModel(uid)?.attributes?.[field]);
      return false;
    },
  };
}
