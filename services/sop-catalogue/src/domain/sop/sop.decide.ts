import { assertNever, illegalState, notFound, validationError, DomainError } from '@jejak/domain-kit';
import type {
  ApproveSop,
  DecideSopProposal,
  DraftSop,
  EditSopDraft,
  MakeSopEffective,
  RegisterSopInForceOnPaper,
  RejectSopApproval,
  RetireSop,
  ReviseSop,
  SopCommand,
  SubmitSopForApproval,
} from './sop.commands';
import type { SopEvent } from './sop.events';
import { SopErrorCode } from './sop-error.codes';
import { missingDecisionTargets, validateForApproval } from '../sop-approval.validator';
import { approverIsPengesah } from '../pengesah.matcher';
import { changedFieldPaths } from '../content-changes';
import { proposalTarget, withPendingProposals } from '../sop-proposals';
import { isIsoDate } from '../sop-dates';
import type { DomainErrorDetail } from '@jejak/domain-kit';
import { latestInForceVersion, openVersion, type ActiveSop, type SopState, type SopVersionState } from './sop.state';

/** Pure: the events a command produces in a state, or a DomainError with a stable code (see sop-error.codes.ts). */
export function decide(command: SopCommand, state: SopState): SopEvent[] {
  switch (command.type) {
    case 'DraftSop':
      return draft(command, state);
    case 'EditSopDraft':
      return edit(command, active(state));
    case 'ConfirmSopProposal':
    case 'RejectSopProposal':
      return decideProposal(command, active(state));
    case 'SubmitSopForApproval':
      return submit(command, active(state));
    case 'RejectSopApproval':
      return reject(command, active(state));
    case 'ApproveSop':
      return approve(command, active(state));
    case 'RegisterSopInForceOnPaper':
      return registerOnPaper(command, active(state));
    case 'MakeSopEffective':
      return makeEffective(command, active(state));
    case 'ReviseSop':
      return revise(command, active(state));
    case 'RetireSop':
      return retire(command, active(state));
    default:
      return assertNever(command, 'SOP command');
  }
}

function active(state: SopState): ActiveSop {
  switch (state.stage) {
    case 'none':
      throw notFound(SopErrorCode.NotFound, 'SOP tidak ditemukan');
    case 'retired':
      throw illegalState(SopErrorCode.Retired, `SOP sudah tidak berlaku sejak ${state.retiredFrom}`);
    case 'active':
      return state;
    default:
      return assertNever(state, 'SOP state');
  }
}

function versionOf(state: ActiveSop, version: number): SopVersionState {
  const found = state.versions.find((candidate) => candidate.version === version);
  if (found === undefined) throw notFound(SopErrorCode.VersionNotFound, `SOP tidak memiliki versi ${version}`);
  return found;
}

const incomplete = (content: Parameters<typeof validateForApproval>[0]): DomainError | null => {
  const missing = validateForApproval(content);
  return missing.length === 0
    ? null
    : illegalState(SopErrorCode.Incomplete, `SOP belum lengkap: ${missing.length} hal harus dilengkapi`, missing);
};


/**
 * Why a version cannot be submitted, approved or registered: first decisions without a target (their own code), then
 * everything else that is missing. A field an importer proposal still to confirm would fill names that proposal with
 * its evidence (`withPendingProposals`), so the draft is refused while the proposal is unconfirmed.
 */
const notReady = (version: SopVersionState): DomainError | null => {
  const decisions = missingDecisionTargets(version.content);
  if (decisions.length > 0) {
    return illegalState(
      SopErrorCode.DecisionTargetMissing,
      `${decisions.length} keputusan belum memiliki langkah tujuan "Ya" atau "Tidak"; lengkapi tujuannya sebelum SOP diajukan atau disahkan`,
      withPendingProposals(decisions, version),
    );
  }
  const missing = validateForApproval(version.content);
  return missing.length === 0
    ? null
    : illegalState(SopErrorCode.Incomplete, `SOP belum lengkap: ${missing.length} hal harus dilengkapi`, withPendingProposals(missing, version));
};

const alreadyEffective = (version: number) =>
  illegalState(SopErrorCode.AlreadyEffective, `Versi ${version} sudah pernah berlaku dan tidak dapat diubah`);
const abandoned = (version: number) =>
  illegalState(SopErrorCode.VersionAbandoned, `Versi ${version} ditinggalkan saat SOP dicabut`);
const alreadyApproved = (version: number) =>
  illegalState(SopErrorCode.AlreadyApproved, `Versi ${version} sudah disahkan`);
const notSubmitted = (version: number) =>
  illegalState(SopErrorCode.NotSubmitted, `Versi ${version} belum diajukan untuk pengesahan`);
const invalidDate = (field: string, value: string) =>
  validationError(SopErrorCode.InvalidDate, `Tanggal tidak valid: "${value}"`, [
    { field, message: 'Tanggal harus berupa tanggal kalender dengan format YYYY-MM-DD' },
  ]);

/** Only a draft's content changes: why any other version refuses an edit or a proposal decision. */
function refuseDraftChange(target: Exclude<SopVersionState, { stage: 'draft' }>): never {
  switch (target.stage) {
    case 'submitted':
      throw illegalState(SopErrorCode.VersionSubmitted, `Versi ${target.version} sedang diajukan untuk pengesahan; kembalikan dulu sebelum diubah`);
    case 'approved':
    case 'effective':
    case 'superseded':
    case 'retired':
      throw illegalState(SopErrorCode.VersionNotEditable, `Versi ${target.version} sudah disahkan dan tidak dapat diubah; buat revisi`);
    case 'abandoned':
      throw abandoned(target.version);
    default:
      return assertNever(target, 'SOP version');
  }
}

function draft(command: DraftSop, state: SopState): SopEvent[] {
  if (state.stage !== 'none') throw illegalState(SopErrorCode.AlreadyExists, 'SOP dengan id ini sudah ada');
  const details = [];
  if (command.issuer.tenant.trim() === '') details.push({ field: 'issuer.tenant', message: 'Kode wilayah dinas belum diisi' });
  if (command.issuer.unit.trim() === '') details.push({ field: 'issuer.unit', message: 'Unit kerja penerbit belum diisi' });
  if (details.length > 0) throw validationError(SopErrorCode.IssuerRequired, 'Penerbit SOP belum lengkap', details);
  const drafted: SopEvent = {
    type: 'SopDrafted',
    data: { sopId: command.sopId, version: 1, issuer: command.issuer, content: command.content, origin: command.origin, at: command.at },
  };
  const proposals = command.proposals ?? [];
  if (new Set(proposals.map((proposal) => proposal.id)).size !== proposals.length) {
    throw validationError(SopErrorCode.ProposalDuplicate, 'Usulan impor dengan id yang sama tercatat lebih dari sekali', [
      { field: 'proposals', message: 'Setiap usulan harus memiliki id yang berbeda' },
    ]);
  }
  return proposals.length === 0
    ? [drafted]
    : [drafted, { type: 'SopProposalsRecorded', data: { sopId: command.sopId, version: 1, proposals, at: command.at } }];
}

function decideProposal(command: DecideSopProposal, state: ActiveSop): SopEvent[] {
  const target = versionOf(state, command.version);
  switch (target.stage) {
    case 'draft': {
      const proposal = (target.proposals ?? []).find((candidate) => candidate.id === command.proposalId);
      if (proposal === undefined) {
        throw notFound(SopErrorCode.ProposalNotFound, `Versi ${target.version} tidak memiliki usulan ${command.proposalId}`);
      }
      if (proposal.status !== 'to-confirm') {
        const done = proposal.status === 'confirmed' ? 'dikonfirmasi' : 'ditolak';
        throw illegalState(SopErrorCode.ProposalAlreadyDecided, `Usulan ${proposal.id} sudah ${done}; ubah langkahnya lewat draf bila perlu`);
      }
      if (command.type === 'RejectSopProposal') {
        return [{ type: 'SopProposalRejected', data: { sopId: state.sopId, version: target.version, proposalId: proposal.id, at: command.at } }];
      }
      const where = proposalTarget(target.content, proposal);
      if (where === null) {
        throw illegalState(
          SopErrorCode.ProposalStale,
          `Langkah ${proposal.stepNo} ${proposal.kind === 'tidak' ? 'bukan lagi keputusan' : 'tidak ada lagi'} di draf; tolak usulan ${proposal.id} atau ubah drafnya`,
        );
      }
      return [
        {
          type: 'SopProposalConfirmed',
          data: { sopId: state.sopId, version: target.version, proposalId: proposal.id, field: where.field, value: proposal.value, at: command.at },
        },
      ];
    }
    default:
      return refuseDraftChange(target);
  }
}

function edit(command: EditSopDraft, state: ActiveSop): SopEvent[] {
  const target = versionOf(state, command.version);
  switch (target.stage) {
    case 'draft': {
      const changedPaths = changedFieldPaths(target.content, command.content);
      if (changedPaths.length === 0) return [];
      return [{ type: 'SopDraftEdited', data: { sopId: state.sopId, version: target.version, content: command.content, changedPaths, at: command.at } }];
    }
    default:
      return refuseDraftChange(target);
  }
}

function submit(command: SubmitSopForApproval, state: ActiveSop): SopEvent[] {
  const target = versionOf(state, command.version);
  switch (target.stage) {
    case 'draft': {
      const refusal = notReady(target);
      if (refusal) throw refusal;
      return [{ type: 'SopSubmittedForApproval', data: { sopId: state.sopId, version: target.version, at: command.at } }];
    }
    case 'submitted':
      throw illegalState(SopErrorCode.AlreadySubmitted, `Versi ${target.version} sudah diajukan untuk pengesahan`);
    case 'approved':
      throw alreadyApproved(target.version);
    case 'effective':
    case 'superseded':
    case 'retired':
      throw alreadyEffective(target.version);
    case 'abandoned':
      throw abandoned(target.version);
    default:
      return assertNever(target, 'SOP version');
  }
}

function reject(command: RejectSopApproval, state: ActiveSop): SopEvent[] {
  const target = versionOf(state, command.version);
  switch (target.stage) {
    case 'draft':
      throw notSubmitted(target.version);
    case 'submitted':
      if (command.reason.trim() === '') {
        throw validationError(SopErrorCode.RejectionReasonRequired, 'Alasan pengembalian harus diisi', [
          { field: 'reason', message: 'Alasan pengembalian harus diisi' },
        ]);
      }
      return [{ type: 'SopApprovalRejected', data: { sopId: state.sopId, version: target.version, reason: command.reason.trim(), at: command.at } }];
    case 'approved':
      throw alreadyApproved(target.version);
    case 'effective':
    case 'superseded':
    case 'retired':
      throw alreadyEffective(target.version);
    case 'abandoned':
      throw abandoned(target.version);
    default:
      return assertNever(target, 'SOP version');
  }
}

function approve(command: ApproveSop, state: ActiveSop): SopEvent[] {
  const target = versionOf(state, command.version);
  switch (target.stage) {
    case 'draft':
      throw notSubmitted(target.version);
    case 'submitted': {
      const refusal = notReady(target);
      if (refusal) throw refusal;
      const pengesah = target.content.identity.disahkanOleh;
      if (pengesah === null || !approverIsPengesah(command.approver, pengesah)) {
        throw new DomainError(
          'forbidden',
          SopErrorCode.ApproverNotPengesah,
          `Versi ${target.version} hanya dapat disahkan oleh ${pengesah?.nama ?? 'pejabat yang tercantum pada "Disahkan oleh"'}`,
          [{ field: 'identity.disahkanOleh', message: 'Pengguna yang mengesahkan bukan pejabat yang tercantum pada "Disahkan oleh"' }],
        );
      }
      return [{ type: 'SopApproved', data: { sopId: state.sopId, version: target.version, approvedBy: command.approver, at: command.at } }];
    }
    case 'approved':
      throw alreadyApproved(target.version);
    case 'effective':
    case 'superseded':
    case 'retired':
      throw alreadyEffective(target.version);
    case 'abandoned':
      throw abandoned(target.version);
    default:
      return assertNever(target, 'SOP version');
  }
}

function paperApprovalProblems(command: RegisterSopInForceOnPaper, pengesah: SopVersionState['content']['identity']['disahkanOleh']): DomainErrorDetail[] {
  const problems: DomainErrorDetail[] = [];
  const { signedBy, original } = command;
  if (signedBy.nama.trim() === '') problems.push({ field: 'signedBy.nama', message: 'Nama pejabat yang menandatangani SOP belum diisi' });
  if (signedBy.jabatan.trim() === '') problems.push({ field: 'signedBy.jabatan', message: 'Jabatan pejabat yang menandatangani SOP belum diisi' });
  if (
    signedBy.nama.trim() !== '' &&
    pengesah !== null &&
    !approverIsPengesah({ userId: '', nama: signedBy.nama, nip: signedBy.nip, jabatan: signedBy.jabatan }, pengesah)
  ) {
    problems.push({
      field: 'signedBy',
      message: `Penanda tangan "${signedBy.nama.trim()}" bukan pejabat pada "Disahkan oleh" dokumen (${pengesah.nama}); perbaiki "Disahkan oleh" pada draf atau data penanda tangan`,
    });
  }
  const dates = [
    { field: 'approvedOn', value: command.approvedOn, label: 'Tanggal pengesahan' },
    { field: 'effectiveFrom', value: command.effectiveFrom, label: 'Tanggal efektif' },
  ];
  for (const { field, value, label } of dates) {
    if (!isIsoDate(value)) problems.push({ field, message: `${label} "${value}" bukan tanggal kalender dengan format YYYY-MM-DD` });
    else if (value > command.today) problems.push({ field, message: `${label} ${value} belum terjadi (hari ini ${command.today}); SOP di atas kertas sudah disahkan dan berlaku` });
  }
  if (isIsoDate(command.approvedOn) && isIsoDate(command.effectiveFrom) && command.effectiveFrom < command.approvedOn) {
    problems.push({ field: 'effectiveFrom', message: `Tanggal efektif ${command.effectiveFrom} tidak boleh sebelum tanggal pengesahan ${command.approvedOn}` });
  }
  const blankText = (text: string | null) => text === null || text.trim() === '';
  if (blankText(original.reference) && blankText(original.documentId)) {
    problems.push({ field: 'original', message: 'Rujukan dokumen asli hasil pindai (nomor arsip atau id dokumen) belum diisi' });
  }
  return problems;
}

/** A draft that was approved and in force on paper: recorded as approved by its signer, effective from its date. */
function registerOnPaper(command: RegisterSopInForceOnPaper, state: ActiveSop): SopEvent[] {
  const target = versionOf(state, command.version);
  switch (target.stage) {
    case 'draft':
    case 'submitted': {
      const problems = paperApprovalProblems(command, target.content.identity.disahkanOleh);
      if (problems.length > 0) {
        throw validationError(SopErrorCode.PaperApprovalInvalid, `Data pengesahan di atas kertas belum benar: ${problems.length} hal harus diperbaiki`, problems);
      }
      const refusal = notReady(target);
      if (refusal) throw refusal;
      const previous = latestInForceVersion(state);
      if (previous !== null && command.effectiveFrom <= previous.effectiveFrom) {
        throw validationError(
          SopErrorCode.EffectiveDateNotAfterPrevious,
          `Tanggal efektif harus sesudah tanggal efektif versi ${previous.version} (${previous.effectiveFrom})`,
          [{ field: 'effectiveFrom', message: `Tanggal efektif harus sesudah ${previous.effectiveFrom}` }],
        );
      }
      const signedBy = { nama: command.signedBy.nama.trim(), nip: command.signedBy.nip?.trim() || null, jabatan: command.signedBy.jabatan.trim() };
      const original = { reference: command.original.reference?.trim() || null, documentId: command.original.documentId?.trim() || null };
      return [
        {
          type: 'SopApprovedOnPaper',
          data: { sopId: state.sopId, version: target.version, signedBy, approvedOn: command.approvedOn, original, at: command.at },
        },
        {
          type: 'SopMadeEffective',
          data: { sopId: state.sopId, version: target.version, effectiveFrom: command.effectiveFrom, supersededVersion: previous?.version ?? null, at: command.at },
        },
      ];
    }
    case 'approved':
      throw alreadyApproved(target.version);
    case 'effective':
    case 'superseded':
    case 'retired':
      throw alreadyEffective(target.version);
    case 'abandoned':
      throw abandoned(target.version);
    default:
      return assertNever(target, 'SOP version');
  }
}

function makeEffective(command: MakeSopEffective, state: ActiveSop): SopEvent[] {
  const target = versionOf(state, command.version);
  switch (target.stage) {
    case 'draft':
    case 'submitted':
      throw illegalState(SopErrorCode.NotApproved, `Versi ${target.version} belum disahkan`);
    case 'approved': {
      const refusal = incomplete(target.content);
      if (refusal) throw refusal;
      if (!isIsoDate(command.effectiveFrom)) throw invalidDate('effectiveFrom', command.effectiveFrom);
      const previous = latestInForceVersion(state);
      if (previous !== null && command.effectiveFrom <= previous.effectiveFrom) {
        throw validationError(
          SopErrorCode.EffectiveDateNotAfterPrevious,
          `Tanggal efektif harus sesudah tanggal efektif versi ${previous.version} (${previous.effectiveFrom})`,
          [{ field: 'effectiveFrom', message: `Tanggal efektif harus sesudah ${previous.effectiveFrom}` }],
        );
      }
      return [
        {
          type: 'SopMadeEffective',
          data: {
            sopId: state.sopId,
            version: target.version,
            effectiveFrom: command.effectiveFrom,
            supersededVersion: previous?.version ?? null,
            at: command.at,
          },
        },
      ];
    }
    case 'effective':
    case 'superseded':
    case 'retired':
      throw alreadyEffective(target.version);
    case 'abandoned':
      throw abandoned(target.version);
    default:
      return assertNever(target, 'SOP version');
  }
}

function revise(command: ReviseSop, state: ActiveSop): SopEvent[] {
  const open = openVersion(state);
  if (open !== null) {
    throw illegalState(SopErrorCode.DraftExists, `Versi ${open.version} masih dalam proses; hanya satu draf yang boleh ada`);
  }
  const base = latestInForceVersion(state);
  if (base === null) throw illegalState(SopErrorCode.NotEffective, 'SOP belum pernah berlaku');
  return [
    {
      type: 'SopRevised',
      data: { sopId: state.sopId, version: state.versions.length + 1, basedOnVersion: base.version, content: base.content, at: command.at },
    },
  ];
}

function retire(command: RetireSop, state: ActiveSop): SopEvent[] {
  if (!isIsoDate(command.retiredFrom)) throw invalidDate('retiredFrom', command.retiredFrom);
  if (command.reason.trim() === '') {
    throw validationError(SopErrorCode.RetirementReasonRequired, 'Alasan pencabutan harus diisi', [
      { field: 'reason', message: 'Alasan pencabutan harus diisi' },
    ]);
  }
  const current = latestInForceVersion(state);
  if (current === null) throw illegalState(SopErrorCode.NotEffective, 'SOP belum pernah berlaku');
  if (command.retiredFrom <= current.effectiveFrom) {
    throw validationError(
      SopErrorCode.RetireDateNotAfterEffective,
      `Tanggal pencabutan harus sesudah tanggal efektif versi ${current.version} (${current.effectiveFrom})`,
      [{ field: 'retiredFrom', message: `Tanggal pencabutan harus sesudah ${current.effectiveFrom}` }],
    );
  }
  return [
    {
      type: 'SopRetired',
      data: {
        sopId: state.sopId,
        retiredFrom: command.retiredFrom,
        reason: command.reason.trim(),
        abandonedDraftVersion: openVersion(state)?.version ?? null,
        at: command.at,
      },
    },
  ];
}
