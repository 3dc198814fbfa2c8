import { assertNever } from '@jejak/domain-kit';
import type { SopEvent } from './sop.events';
import type { ActiveSop, SopProposalState, SopState, SopVersionState } from './sop.state';
import type { SopProposalStatus } from './sop.events';
import { applyProposal } from '../sop-proposals';

/** A fact that cannot follow the state it is applied to: the stream is corrupt, not the user's input. */
class UnexpectedSopEvent extends Error {
  constructor(event: SopEvent, state: SopState) {
    super(`event ${event.type} cannot follow SOP stage ${state.stage}`);
    this.name = 'UnexpectedSopEvent';
  }
}

/** Pure: the state after an event. */
export function evolve(state: SopState, event: SopEvent): SopState {
  switch (event.type) {
    case 'SopDrafted': {
      if (state.stage !== 'none') throw new UnexpectedSopEvent(event, state);
      const { sopId, issuer, origin, content, at } = event.data;
      return { stage: 'active', sopId, issuer, origin, draftedAt: at, versions: [{ stage: 'draft', version: 1, content, basedOnVersion: null }] };
    }
    case 'SopDraftEdited':
      return withVersion(state, event, event.data.version, (version) =>
        version.stage === 'draft' ? { ...version, content: event.data.content } : null,
      );
    case 'SopProposalsRecorded': {
      const added: SopProposalState[] = event.data.proposals.map((proposal) => ({ ...proposal, status: 'to-confirm' }));
      return withVersion(state, event, event.data.version, (version) =>
        version.stage === 'draft' ? { ...version, proposals: [...(version.proposals ?? []), ...added] } : null,
      );
    }
    case 'SopProposalConfirmed':
    case 'SopProposalRejected': {
      const { proposalId } = event.data;
      return withVersion(state, event, event.data.version, (version) => {
        const proposal = version.proposals?.find((candidate) => candidate.id === proposalId);
        if (version.stage !== 'draft' || proposal === undefined || version.proposals === undefined) return null;
        const status: SopProposalStatus = event.type === 'SopProposalConfirmed' ? 'confirmed' : 'rejected';
        const proposals = version.proposals.map((candidate) => (candidate.id === proposalId ? { ...candidate, status } : candidate));
        const content = event.type === 'SopProposalConfirmed' ? applyProposal(version.content, { ...proposal, value: event.data.value }) : version.content;
        return { ...version, content, proposals };
      });
    }
    case 'SopSubmittedForApproval':
      return withVersion(state, event, event.data.version, (version) =>
        version.stage === 'draft' ? { ...version, stage: 'submitted', submittedAt: event.data.at } : null,
      );
    case 'SopApprovalRejected':
      return withVersion(state, event, event.data.version, (version) =>
        version.stage === 'submitted'
          ? {
              stage: 'draft',
              version: version.version,
              content: version.content,
              basedOnVersion: version.basedOnVersion,
              ...(version.proposals === undefined ? {} : { proposals: version.proposals }),
            }
          : null,
      );
    case 'SopApproved':
      return withVersion(state, event, event.data.version, (version) =>
        version.stage === 'submitted'
          ? {
              stage: 'approved',
              version: version.version,
              content: version.content,
              basedOnVersion: version.basedOnVersion,
              approval: { approvedBy: event.data.approvedBy, approvedAt: event.data.at },
            }
          : null,
      );
    case 'SopApprovedOnPaper': {
      const { signedBy, approvedOn, original, at } = event.data;
      return withVersion(state, event, event.data.version, (version) =>
        version.stage === 'draft' || version.stage === 'submitted'
          ? {
              stage: 'approved',
              version: version.version,
              content: version.content,
              basedOnVersion: version.basedOnVersion,
              approval: { approvedBy: null, approvedAt: at, onPaper: { signedBy, approvedOn, original } },
            }
          : null,
      );
    }
    case 'SopMadeEffective': {
      const { version: made, effectiveFrom, supersededVersion } = event.data;
      const afterSuperseding =
        supersededVersion === null
          ? state
          : withVersion(state, event, supersededVersion, (version) =>
              version.stage === 'effective'
                ? { ...version, stage: 'superseded', effectiveUntil: effectiveFrom, supersededBy: made }
                : null,
            );
      return withVersion(afterSuperseding, event, made, (version) =>
        version.stage === 'approved' ? { ...version, stage: 'effective', effectiveFrom } : null,
      );
    }
    case 'SopRevised': {
      const sop = activeOrFail(state, event);
      const { version, basedOnVersion, content } = event.data;
      if (version !== sop.versions.length + 1) throw new UnexpectedSopEvent(event, state);
      return { ...sop, versions: [...sop.versions, { stage: 'draft', version, content, basedOnVersion }] };
    }
    case 'SopRetired': {
      const sop = activeOrFail(state, event);
      const { retiredFrom, reason, at } = event.data;
      const versions = sop.versions.map((version): SopVersionState => {
        switch (version.stage) {
          case 'effective':
            return { ...version, stage: 'retired', effectiveUntil: retiredFrom };
          case 'draft':
          case 'submitted':
          case 'approved':
            return { stage: 'abandoned', version: version.version, content: version.content, basedOnVersion: version.basedOnVersion, abandonedAt: at };
          case 'superseded':
          case 'retired':
          case 'abandoned':
            return version;
          default:
            return assertNever(version, 'SOP version');
        }
      });
      return { ...sop, stage: 'retired', versions, retiredFrom, reason };
    }
    default:
      return assertNever(event, 'SOP event');
  }
}

function activeOrFail(state: SopState, event: SopEvent): ActiveSop {
  if (state.stage !== 'active') throw new UnexpectedSopEvent(event, state);
  return state;
}

function withVersion(
  state: SopState,
  event: SopEvent,
  number: number,
  change: (version: SopVersionState) => SopVersionState | null,
): SopState {
  const sop = activeOrFail(state, event);
  const index = number - 1;
  const current = sop.versions[index];
  const next = current === undefined ? null : change(current);
  if (next === null) throw new UnexpectedSopEvent(event, state);
  return { ...sop, versions: sop.versions.map((version, i) => (i === index ? next : version)) };
}
