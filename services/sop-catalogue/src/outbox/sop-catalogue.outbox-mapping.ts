import {
  SOURCES, SopApproved, SopDrafted, SopRetired, SopVersionEffective, type IntegrationContract,
} from '@jejak/contracts';
import { assertNever } from '@jejak/domain-kit';
import type { EventStore, RecordedEvent } from '@jejak/event-store';
import { makeIntegrationEvent, type OutboxMapping } from '@jejak/messaging';
import { sopDecider, sopEventTypes, sopIdOfStream, type ActiveSop, type RetiredSop, type SopState } from '../domain';

/** The SOP as it stood right after `event`: the stream is immutable, so this is deterministic. */
async function stateAt(store: EventStore, event: RecordedEvent): Promise<ActiveSop | RetiredSop> {
  const events = await store.readStream(event.stream, { maxCount: event.revision + 1 });
  const state: SopState = events.reduce((s, e) => sopDecider.evolve(s, sopEventTypes.read(e)), sopDecider.initialState());
  if (state.stage === 'none') throw new Error(`stream ${event.stream} has no SOP at revision ${event.revision}`);
  return state;
}

function ref(state: ActiveSop | RetiredSop, version: number) {
  const content = state.versions[version - 1].content;
  return { sopId: state.sopId, version, tenant: state.issuer.tenant, unit: state.issuer.unit, nomor: content.identity.nomor, nama: content.identity.nama };
}

/**
 * Maps the catalogue's domain events to its published integration events (topic
 * `jejak.sop-catalogue.v1`). Internal steps of the editing workflow (edits, submissions, rejections)
 * are not published.
 */
export function sopOutboxMapping(store: EventStore) {
  return async (recorded: RecordedEvent): Promise<OutboxMapping> => {
    const event = sopEventTypes.read(recorded);
    const envelope = <Data>(contract: IntegrationContract<Data>, data: Data): OutboxMapping => ({
      topic: contract.topic,
      event: makeIntegrationEvent(contract, {
        source: SOURCES.sopCatalogue,
        subject: sopIdOfStream(recorded.stream),
        time: recorded.recordedAt,
        tenant: recorded.tenant,
        correlationId: recorded.correlationId,
        causationId: recorded.id,
        data,
      }),
    });
    switch (event.type) {
      case 'SopDrafted': {
        const state = await stateAt(store, recorded);
        return envelope(SopDrafted, { ...ref(state, 1), origin: event.data.origin.kind === 'import' ? 'import' : 'new' });
      }
      case 'SopRevised': {
        const state = await stateAt(store, recorded);
        return envelope(SopDrafted, { ...ref(state, event.data.version), origin: 'revision' });
      }
      case 'SopApproved': {
        const state = await stateAt(store, recorded);
        return envelope(SopApproved, {
          ...ref(state, event.data.version),
          approvedBy: { userId: event.data.approvedBy.userId, nama: event.data.approvedBy.nama, nip: event.data.approvedBy.nip, jabatan: event.data.approvedBy.jabatan },
          approvedAt: event.data.at,
        });
      }
      case 'SopMadeEffective': {
        const state = await stateAt(store, recorded);
        return envelope(SopVersionEffective, {
          ...ref(state, event.data.version),
          effectiveFrom: event.data.effectiveFrom,
          supersedesVersion: event.data.supersededVersion,
          content: state.versions[event.data.version - 1].content,
        });
      }
      case 'SopRetired': {
        const state = await stateAt(store, recorded);
        const last = state.versions.filter((v) => v.stage !== 'abandoned').pop() ?? state.versions[state.versions.length - 1];
        return envelope(SopRetired, { ...ref(state, last.version), retiredFrom: event.data.retiredFrom });
      }
      case 'SopDraftEdited':
      case 'SopProposalsRecorded':
      case 'SopProposalConfirmed':
      case 'SopProposalRejected':
      case 'SopSubmittedForApproval':
      case 'SopApprovalRejected':
        return null;
      // Approved on paper, by nobody in Jejak: no `jejak.sop.approved.v1` (its approver is a Jejak user). The
      // `SopMadeEffective` that follows in the same append publishes the version as effective.
      case 'SopApprovedOnPaper':
        return null;
      default:
        return assertNever(event, 'SOP event');
    }
  };
}
