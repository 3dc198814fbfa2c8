import { isDomainError } from '@jejak/domain-kit';
import type { ActingUser, Role } from '../acting-user';
import type { LettersDeps } from '../letters.deps';
import type { IsoInstant } from '../letter-values';
import type { SuratKeluarCommand } from '../surat-keluar/surat-keluar.commands';
import { suratKeluarDecider } from '../surat-keluar/surat-keluar.decider';
import type { SuratKeluarState } from '../surat-keluar/surat-keluar.state';
import { parafChainFor } from '../surat-keluar/paraf-chain.policy';
import type { SuratMasukCommand } from '../surat-masuk/surat-masuk.commands';
import { suratMasukDecider } from '../surat-masuk/surat-masuk.decider';
import type { SuratMasukState } from '../surat-masuk/surat-masuk.state';

/**
 * What the caller may do next on a letter, as SRIKANDI's queues show it: each action with the route that does it.
 *
 * Nothing here repeats a rule. Each possible command is tried against the letter's state with the dinas's own decider,
 * with placeholder content: an action is allowed when the decider accepts it, or refuses it only for its content
 * (`validation`: the caller still has to write the report, pick the recipients, give the number). A refusal for who
 * the caller is or where the letter stands (`forbidden`, `illegal_state`, `not_found`) means it is not theirs to do.
 * Every decider checks who and when before it checks content, which is what makes the probe sound.
 */
export type AllowedAction =
  | { action: 'read'; method: 'POST'; path: string }
  | { action: 'link_sop_case'; method: 'POST'; path: string }
  /** `fromDisposisiId`: null for the holder; `recipientRoles`: the roles the caller may dispose to (down the hierarchy). */
  | { action: 'send_disposisi'; method: 'POST'; path: string; fromDisposisiId: string | null; recipientRoles: Role[] }
  | { action: 'acknowledge_disposisi' | 'report_follow_up' | 'close_disposisi'; method: 'POST'; path: string; disposisiId: string }
  | { action: 'close'; method: 'POST'; path: string }
  | { action: 'revise_draft'; method: 'PUT'; path: string }
  /** `parafChains`: for each role that may sign this jenis, the paraf chain (roles, in order) the submission must name. */
  | { action: 'submit_for_paraf'; method: 'POST'; path: string; parafChains: { signerRole: Role; reviewers: Role[] }[] }
  | { action: 'give_paraf' | 'return_draft' | 'sign' | 'dispatch'; method: 'POST'; path: string };

const PROBE_ID = '00000000-0000-4000-8000-000000000000';

/** True when the decider accepts the command or refuses only its content. */
function permits<C, S>(decide: (command: C, state: S) => unknown, command: C, state: S): boolean {
  try {
    decide(command, state);
    return true;
  } catch (error) {
    if (isDomainError(error)) return error.kind === 'validation' && error.code !== 'DISPOSISI_NOT_DOWNWARD';
    throw error;
  }
}

const hierarchyRoles = (deps: LettersDeps): Role[] => deps.config.hierarchy.flat();

export function suratMasukAllowedActions(deps: LettersDeps, state: SuratMasukState, by: ActingUser, at: IsoInstant): AllowedAction[] {
  if (state.stage === 'unregistered') return [];
  const { decide } = suratMasukDecider(deps);
  const letterId = state.surat.letterId;
  const base = `/surat-masuk/${letterId}`;
  const tries = (command: SuratMasukCommand) => permits(decide, command, state);
  const actions: AllowedAction[] = [];

  if (tries({ type: 'ReadSuratMasuk', by, at, data: { letterId } })) actions.push({ action: 'read', method: 'POST', path: `${base}/read` });
  if (tries({ type: 'LinkSuratMasukToSopCase', by, at, data: { letterId, sopCase: null as never } })) actions.push({ action: 'link_sop_case', method: 'POST', path: `${base}/sop-case` });

  const instruction = deps.config.instructions[0]?.code ?? '';
  const disposeFrom = (fromDisposisiId: string | null) => {
    const to = (role: Role): SuratMasukCommand => ({
      type: 'SendDisposisi', by, at,
      data: { letterId, fromDisposisiId, recipients: [{ userId: PROBE_ID, name: 'penerima', role }], disposisiIds: [PROBE_ID], instruction, catatan: '', batasWaktu: null },
    });
    const recipientRoles = hierarchyRoles(deps).filter((role) => tries(to(role)));
    if (recipientRoles.length > 0) actions.push({ action: 'send_disposisi', method: 'POST', path: `${base}/disposisi`, fromDisposisiId, recipientRoles });
  };
  disposeFrom(null);
  for (const d of state.surat.dispositions) {
    const disposisiId = d.disposisiId;
    const path = `${base}/disposisi/${disposisiId}`;
    if (tries({ type: 'AcknowledgeDisposisi', by, at, data: { letterId, disposisiId } })) actions.push({ action: 'acknowledge_disposisi', method: 'POST', path: `${path}/acknowledge`, disposisiId });
    if (tries({ type: 'ReportDisposisiFollowUp', by, at, data: { letterId, disposisiId, laporan: '', lampiran: [] } })) actions.push({ action: 'report_follow_up', method: 'POST', path: `${path}/follow-up`, disposisiId });
    if (tries({ type: 'CloseDisposisi', by, at, data: { letterId, disposisiId } })) actions.push({ action: 'close_disposisi', method: 'POST', path: `${path}/close`, disposisiId });
    disposeFrom(disposisiId);
  }
  if (tries({ type: 'CloseSuratMasuk', by, at, data: { letterId } })) actions.push({ action: 'close', method: 'POST', path: `${base}/close` });
  return actions;
}

export function suratKeluarAllowedActions(deps: LettersDeps, state: SuratKeluarState, by: ActingUser, at: IsoInstant): AllowedAction[] {
  if (state.stage === 'none') return [];
  const { decide } = suratKeluarDecider(deps);
  const { naskah } = state;
  const letterId = naskah.letterId;
  const base = `/surat-keluar/${letterId}`;
  const tries = (command: SuratKeluarCommand) => permits(decide, command, state);
  const actions: AllowedAction[] = [];

  if (tries({ type: 'ReviseDraft', by, at, data: { letterId, isi: naskah.isi } })) actions.push({ action: 'revise_draft', method: 'PUT', path: `${base}/draft` });
  if (tries({ type: 'SubmitDraftForParaf', by, at, data: { letterId, reviewers: [], signer: undefined as never } })) {
    const { config } = deps;
    const parafChains = config.suratKeluar[naskah.jenis].signerRoles.map((signerRole) => ({
      signerRole,
      reviewers: parafChainFor(config.suratKeluar[naskah.jenis].parafChain, config.hierarchy, naskah.drafter.role, signerRole),
    }));
    actions.push({ action: 'submit_for_paraf', method: 'POST', path: `${base}/submit`, parafChains });
  }
  if (tries({ type: 'GiveParaf', by, at, data: { letterId } })) actions.push({ action: 'give_paraf', method: 'POST', path: `${base}/paraf` });
  if (tries({ type: 'ReturnDraft', by, at, data: { letterId, catatan: '' } })) actions.push({ action: 'return_draft', method: 'POST', path: `${base}/return` });
  if (tries({ type: 'SignLetter', by, at, data: { letterId, nomor: undefined as never } })) actions.push({ action: 'sign', method: 'POST', path: `${base}/sign` });
  if (tries({ type: 'DispatchLetter', by, at, data: { letterId, via: '' } })) actions.push({ action: 'dispatch', method: 'POST', path: `${base}/dispatch` });
  return actions;
}
