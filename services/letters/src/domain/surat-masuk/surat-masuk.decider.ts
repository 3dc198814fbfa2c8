import { assertNever, forbidden, illegalState, type Decider } from '@jejak/domain-kit';
import type { AggregateType } from '@jejak/service-kit';
import { suratMasukStream } from '../letters.streams';
import { personAs, type ActingUser } from '../acting-user';
import { checkSopCase } from '../document-ref.policy';
import { highestRole } from '../hierarchy.policy';
import { validateLettersConfig } from '../letters-config.validator';
import type { LettersDeps } from '../letters.deps';
import type { IsoInstant, SopCaseLink } from '../letter-values';
import { Problems } from '../problems';
import { decideAcknowledgeDisposisi, decideCloseDisposisi, decideReportFollowUp, decideSendDisposisi } from './disposisi.rules';
import { decideCloseSuratMasuk } from './surat-masuk-closing.rules';
import { decideRegister } from './surat-masuk-registration.rules';
import type { SuratMasukCommand } from './surat-masuk.commands';
import type { SuratMasukEvent } from './surat-masuk.events';
import { holderReadsFirst, requireHolder, requireOpen, requireRegistered } from './surat-masuk.guards';
import { evolveSuratMasuk, initialSuratMasukState, type SuratMasukState } from './surat-masuk.state';

export type SuratMasukDecider = Decider<SuratMasukCommand, SuratMasukEvent, SuratMasukState>;
export type SuratMasukAggregateType = AggregateType<SuratMasukCommand, SuratMasukEvent, SuratMasukState>;

/** The surat masuk as the command pipeline sees it, in one dinas's configuration. */
export const suratMasukAggregate = (deps: LettersDeps): SuratMasukAggregateType => ({
  name: 'surat masuk',
  stream: suratMasukStream,
  decider: suratMasukDecider(deps),
});

/**
 * The incoming letter and its dispositions, one stream per letter.
 * Lifecycle: unregistered → open (held by the Kepala Dinas, disposed down the hierarchy) → closed.
 * The letter is closed by its holder only; "selesai" for the letter means the holder decided no
 * more work is needed, and any disposisi still open is closed with it (reason `surat_ditutup`).
 */
export function suratMasukDecider(deps: LettersDeps): SuratMasukDecider {
  validateLettersConfig(deps.config);
  return {
    initialState: initialSuratMasukState,
    evolve: evolveSuratMasuk,
    decide(command, state) {
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
    },
  };
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
