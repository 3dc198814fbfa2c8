import { assertNever, forbidden, illegalState } from '@jejak/domain-kit';
import { personAs, type ActingUser } from '../acting-user';
import { checkSopCase } from '../document-ref.policy';
import { highestRole } from '../hierarchy.policy';
import type { LettersDeps } from '../letters.deps';
import type { IsoInstant, SopCaseLink } from '../letter-values';
import { Problems } from '../problems';
import { decideAcknowledgeDisposisi, decideCloseDisposisi, decideReportFollowUp, decideSendDisposisi } from './disposisi.rules';
import { decideCloseSuratMasuk } from './surat-masuk-closing.rules';
import { decideRegister } from './surat-masuk-registration.rules';
import type { SuratMasukCommand } from './surat-masuk.commands';
import type { SuratMasukEvent } from './surat-masuk.events';
import { holderReadsFirst, requireHolder, requireOpen, requireRegistered } from './surat-masuk.guards';
import type { SuratMasukState } from './surat-masuk.state';

/** decide(command, state) in one dinas's configuration; each command's rules live in its `*.rules.ts`. */
export function decideSuratMasuk(deps: LettersDeps, command: SuratMasukCommand, state: SuratMasukState): SuratMasukEvent[] {
  switch (command.type) {
    case 'RegisterSuratMasuk':
      return decideRegister(deps, state, command.by, command.data, command.at);
    case 'ReadSuratMasuk':
      return decideRead(state, command.by, command.data.letterId, command.at);
    case 'LinkSuratMasukToSopCase':
      return decideLinkSopCase(deps, state, command.by, command.data, command.at);
    case 'SendDisposisi':
      return decideSendDisposisi(deps, state, command.by, command.data, command.at);
    case 'AcknowledgeDisposisi':
      return decideAcknowledgeDisposisi(state, command.by, command.data, command.at);
    case 'ReportDisposisiFollowUp':
      return decideReportFollowUp(state, command.by, command.data, command.at);
    case 'CloseDisposisi':
      return decideCloseDisposisi(state, command.by, command.data, command.at);
    case 'CloseSuratMasuk':
      return decideCloseSuratMasuk(state, command.by, command.data, command.at);
    default:
      return assertNever(command, 'command');
  }
}

/** The holder opens the letter: records their read time, once. */
function decideRead(state: SuratMasukState, by: ActingUser, letterId: string, at: IsoInstant): SuratMasukEvent[] {
  const surat = requireOpen(state, letterId, by);
  requireHolder(surat, by);
  if (surat.holderReadAt !== null) throw illegalState('SURAT_MASUK_ALREADY_READ', `the holder already read the letter at ${surat.holderReadAt}`);
  return holderReadsFirst(surat, by, at);
}

/**
 * Links the letter to the SOP case it opens or advances (e.g. the process manager opened a
 * "Penerimaan Penelitian" case for it). Same link again: nothing; another case: illegal_state.
 */
function decideLinkSopCase(deps: LettersDeps, state: SuratMasukState, by: ActingUser, data: { letterId: string; sopCase: SopCaseLink }, at: IsoInstant): SuratMasukEvent[] {
  const { surat } = requireRegistered(state, data.letterId, by);
  const role = highestRole(deps.config.hierarchy, by.roles) ?? by.roles.find((r) => deps.config.suratMasuk.registrarRoles.includes(r));
  if (role === undefined || role === null) throw forbidden('NOT_ALLOWED', 'only dinas staff may link a letter to an SOP case');
  const problems = new Problems().check(data.sopCase !== null && data.sopCase !== undefined, 'sopCase', 'sopCase wajib diisi');
  checkSopCase(problems, data.sopCase, 'sopCase');
  problems.throwIfAny('SOP_CASE_LINK_INVALID', 'the SOP case link is incomplete');
  if (surat.sopCase !== null) {
    if (surat.sopCase.sopNumber === data.sopCase.sopNumber && surat.sopCase.caseId === data.sopCase.caseId) return [];
    throw illegalState('SOP_CASE_ALREADY_LINKED', `the letter is already linked to case ${surat.sopCase.caseId}`);
  }
  return [{ type: 'SuratMasukLinkedToSopCase', data: { letterId: surat.letterId, sopCase: { ...data.sopCase }, by: personAs(by, role), linkedAt: at } }];
}
