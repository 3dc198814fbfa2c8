import type { SopCaseLink } from '../domain';
import type { LetterFlow } from '../flow/letter-flow.config';

/** The link a letter's facts carry: the SOP's number (its name when the document has none) and the case. */
export const sopCaseLinkOf = (flow: LetterFlow, caseId: string): SopCaseLink => ({ sopNumber: flow.sop.nomor ?? flow.sop.nama, caseId });
