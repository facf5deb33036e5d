import type { Change } from '../register/change';
import { newRegisterItem, nulls, type RegisterItem } from '../register/item';
import type { TermSettings } from '../terms';
import type { InformationRequestState } from './states';

/**
 * Persisted values of a request (on create: none — `before` is null): what every register records
 * (src/domain/register/item.ts) and what Law 2939-VI adds.
 */
export interface InformationRequestSnapshot extends RegisterItem<InformationRequestState> {
  /** Art. 20(2): answered within 48 hours. */
  urgent: boolean;
  urgencyGround: string | null;
  /** Art. 20(3): the requester's reasons for urgent handling. */
  urgencyJustification: string | null;
  /** Art. 20(4): the requester is told of an extension in writing. */
  requesterNotifiedOfExtensionAt: Date | null;
  /** Art. 22(3): the requester is told of the forwarding at the same time. */
  requesterNotifiedOfForwardingAt: Date | null;
  refusalGround: string | null;
  refusalExplanation: string | null;
  /** Pages of copies made to answer (Art. 21(2)). */
  pages: number | null;
  /** Actual copying/printing costs charged, UAH (Art. 21). */
  copyingCharge: number | null;
  /** The information is about the requester himself: never charged (Art. 21(4)). */
  aboutRequester: boolean;
  /** Art. 20(4): the closed list of grounds of an extension (EXTENSION_GROUNDS); `extensionReason` explains it. */
  extensionGround: string | null;
  /** The information is of public interest: never charged (Art. 21(4)). */
  publicInterest: boolean;
  /** The council itself marked the request urgent, knowing of the emergency (no plea of the requester needed). */
  urgencyMarkedByCouncil: boolean;
  /** Why the council marked it urgent: the emergency it knows of. */
  urgencyCouncilReason: string | null;
  /** Art. 22(4) п. 1: name and position of the person responsible for considering the request, in a refusal. */
  refusalOfficialName: string | null;
  refusalOfficialPosition: string | null;
  /** Art. 22(4) п. 4: how the refusal may be appealed. */
  refusalAppealProcedure: string | null;
}

/** A field left `undefined` is untouched; `null` or '' clears it. */
export type InformationRequestPatch = Partial<InformationRequestSnapshot>;

/** One proposed change of a request, as the rule checks see it. */
export type InformationRequestChange = Change<InformationRequestSnapshot, TermSettings>;

/** What a new request holds before the patch: the schema defaults. */
export const NEW_INFORMATION_REQUEST: InformationRequestSnapshot = {
  ...newRegisterItem<InformationRequestState>('registered'),
  ...nulls('urgencyGround', 'urgencyJustification', 'requesterNotifiedOfExtensionAt', 'requesterNotifiedOfForwardingAt'),
  ...nulls('refusalGround', 'refusalExplanation', 'pages', 'copyingCharge'),
  ...nulls('extensionGround', 'urgencyCouncilReason', 'refusalOfficialName', 'refusalOfficialPosition', 'refusalAppealProcedure'),
  urgent: false,
  aboutRequester: false,
  publicInterest: false,
  urgencyMarkedByCouncil: false,
};
