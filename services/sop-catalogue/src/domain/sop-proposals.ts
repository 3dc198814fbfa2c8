import type { SopContent, SopStep } from '@jejak/contracts';
import type { DomainErrorDetail } from '@jejak/domain-kit';
import type { SopDraftProposal } from './sop/sop.events';
import type { SopProposalState, SopVersionState } from './sop/sop.state';
import { missingDecisionTargets } from './sop-approval.validator';

/** Where a proposal writes in the content: the step it is about and the field path, or null when that step is gone. */
export function proposalTarget(content: SopContent, proposal: SopDraftProposal): { step: SopStep; field: string } | null {
  const p = proposal.procedure - 1;
  const steps = content.procedures[p]?.steps ?? [];
  const s = steps.findIndex((step) => step.no === proposal.stepNo);
  if (s === -1) return null;
  const step = steps[s];
  if (proposal.kind === 'tidak' && step.decision === null) return null;
  return { step, field: `procedures[${p}].steps[${s}].${proposal.kind === 'pelaksana' ? 'pelaksana' : 'decision.tidak'}` };
}

/** Whether the field a proposal would fill is still empty (a step without pelaksana, a decision without "tidak"). */
export function proposalFillsEmptyField(content: SopContent, proposal: SopDraftProposal): boolean {
  const target = proposalTarget(content, proposal);
  if (target === null) return false;
  return proposal.kind === 'pelaksana'
    ? target.step.pelaksana.every((role) => role.trim() === '')
    : target.step.decision !== null && target.step.decision.tidak === null;
}

/** The content with a confirmed proposal written into its step (unchanged when the step is gone). */
export function applyProposal(content: SopContent, proposal: SopDraftProposal): SopContent {
  const p = proposal.procedure - 1;
  return {
    ...content,
    procedures: content.procedures.map((procedure, i) =>
      i !== p
        ? procedure
        : {
            ...procedure,
            steps: procedure.steps.map((step): SopStep => {
              if (step.no !== proposal.stepNo) return step;
              if (proposal.kind === 'pelaksana') return { ...step, pelaksana: [...(proposal.value as string[])] };
              return step.decision === null ? step : { ...step, decision: { ...step.decision, tidak: proposal.value as number } };
            }),
          },
    ),
  };
}

const valueText = (proposal: SopDraftProposal): string =>
  proposal.kind === 'pelaksana' ? `pelaksana ${(proposal.value as string[]).map((r) => `"${r}"`).join(', ')}` : `cabang "Tidak" ke langkah ${String(proposal.value)}`;

const stepLabel = (proposal: SopDraftProposal, several: boolean): string =>
  several ? `Prosedur ${proposal.procedure} langkah ${proposal.stepNo}` : `Langkah ${proposal.stepNo}`;

/** What a person reads about a proposal still to confirm: the step, the proposed value, the quoted evidence, what to do. */
export function proposalMessage(proposal: SopDraftProposal, several: boolean): string {
  return (
    `${stepLabel(proposal, several)}: usulan ${valueText(proposal)} belum dikonfirmasi (bukti baris ${proposal.line}: "${proposal.evidence}"). ` +
    `Konfirmasi atau tolak usulan ${proposal.id}, atau isi kolomnya sendiri.`
  );
}

/**
 * Proposals still `to-confirm` whose field is still empty, with the field they would fill. Such a field is a
 * missing one (no pelaksana, no "tidak" target), so the draft cannot be submitted while the proposal waits; a
 * proposal whose field a person filled by hand no longer counts.
 */
export function unconfirmedProposals(version: SopVersionState): DomainErrorDetail[] {
  const several = version.content.procedures.length > 1;
  return (version.proposals ?? [])
    .filter((proposal) => proposal.status === 'to-confirm' && proposalFillsEmptyField(version.content, proposal))
    .map((proposal) => ({ field: proposalTarget(version.content, proposal)?.field ?? 'procedures', message: proposalMessage(proposal, several) }));
}

/**
 * What blocks approval, with the importer's proposals where they would fill the field: the detail of a field a
 * proposal still to confirm would fill says so, with the proposed value and the quoted evidence, and what to do.
 * A decision missing both targets keeps its own message, followed by the "tidak" proposal.
 */
export function withPendingProposals(details: DomainErrorDetail[], version: SopVersionState): DomainErrorDetail[] {
  const pending = unconfirmedProposals(version);
  if (pending.length === 0) return details;
  const byField = new Map(pending.map((detail) => [detail.field ?? '', detail.message]));
  return details.map((detail) => {
    const field = detail.field ?? '';
    const exact = byField.get(field);
    if (exact !== undefined) return { field: detail.field, message: exact };
    const tidak = field.endsWith('.decision') ? byField.get(`${field}.tidak`) : undefined;
    return tidak === undefined ? detail : { field: detail.field, message: `${detail.message} ${tidak}` };
  });
}

export type SopGapKind = 'pelaksana-missing' | 'decision-target-missing' | 'proposal-unconfirmed';

export interface SopGap {
  kind: SopGapKind;
  field: string;
  /** 1-based procedure and the step number. */
  procedure: number;
  stepNo: number;
  message: string;
  /** The proposal that would fill the gap, with its quoted evidence (for `proposal-unconfirmed`). */
  proposal: (SopDraftProposal & { status: 'to-confirm' }) | null;
}

export interface SopDraftGaps {
  version: number;
  stage: SopVersionState['stage'];
  gaps: SopGap[];
  /** Every proposal of the version with its status. */
  proposals: SopProposalState[];
}

/**
 * What is still missing or unconfirmed in a version, step by step: steps without pelaksana, decisions without a
 * "ya"/"tidak" target, and proposals still to confirm (with the evidence quoted). A gap that a proposal would fill is
 * listed once, as `proposal-unconfirmed`.
 */
export function sopDraftGaps(version: SopVersionState): SopDraftGaps {
  const { content } = version;
  const several = content.procedures.length > 1;
  const pending = (version.proposals ?? []).filter((proposal) => proposal.status === 'to-confirm' && proposalFillsEmptyField(content, proposal));
  const gaps: SopGap[] = [];
  const decisionDetails = new Map(missingDecisionTargets(content).map((detail) => [detail.field ?? '', detail.message]));
  content.procedures.forEach((procedure, p) =>
    procedure.steps.forEach((step, s) => {
      const base = `procedures[${p}].steps[${s}]`;
      const subject = several ? `Prosedur ${p + 1} langkah ${step.no}` : `Langkah ${step.no}`;
      const proposalFor = (kind: SopDraftProposal['kind']) => pending.find((x) => x.kind === kind && x.procedure === p + 1 && x.stepNo === step.no);
      if (step.pelaksana.every((role) => role.trim() === '')) {
        const proposal = proposalFor('pelaksana');
        gaps.push(
          proposal
            ? { kind: 'proposal-unconfirmed', field: `${base}.pelaksana`, procedure: p + 1, stepNo: step.no, message: proposalMessage(proposal, several), proposal: { ...proposal, status: 'to-confirm' } }
            : { kind: 'pelaksana-missing', field: `${base}.pelaksana`, procedure: p + 1, stepNo: step.no, message: `${subject} belum memiliki pelaksana; isi pelaksana dari kolom peran prosedur`, proposal: null },
        );
      }
      for (const [field, message] of decisionDetails) {
        if (!field.startsWith(`${base}.decision`)) continue;
        const proposal = step.decision?.tidak === null ? proposalFor('tidak') : undefined;
        if (proposal) {
          gaps.push({ kind: 'proposal-unconfirmed', field: `${base}.decision.tidak`, procedure: p + 1, stepNo: step.no, message: proposalMessage(proposal, several), proposal: { ...proposal, status: 'to-confirm' } });
          if (step.decision?.ya !== null) continue;
        }
        gaps.push({ kind: 'decision-target-missing', field, procedure: p + 1, stepNo: step.no, message, proposal: null });
      }
    }),
  );
  return { version: version.version, stage: version.stage, gaps, proposals: version.proposals ?? [] };
}
