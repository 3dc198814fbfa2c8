import { assertNever } from '@jejak/domain-kit';
import type { CaseEvent } from './case.events';
import type { CaseInfo, CaseState } from './case.state';

const infoOf = (state: CaseState): CaseInfo | null => (state.stage === 'not_started' ? null : state.info);

/** Pure: applies one event. Events are facts, so an event that does not fit the state leaves it unchanged. */
export function evolveCase(state: CaseState, event: CaseEvent): CaseState {
  if (event.type === 'CaseStarted') {
    const d = event.data;
    return {
      stage: 'ready',
      info: {
        caseId: d.caseId, sopId: d.sopId, version: d.version, content: d.content, procedureIndexes: [...d.procedureIndexes], reworkCount: 0,
        lanes: { teams: d.teams ?? [], externalLanes: d.externalLanes ?? [] },
      },
      stepKey: d.firstStepKey,
      since: d.startedAt,
    };
  }
  const info = infoOf(state);
  if (info === null) return state;
  switch (event.type) {
    case 'StepStarted':
      return { stage: 'in_progress', info, stepKey: event.data.stepKey, startedAt: event.data.startedAt, startedBy: event.data.actor };
    case 'StepCompleted': {
      const d = event.data;
      if (d.awaitingDecision) return { stage: 'awaiting_decision', info, stepKey: d.stepKey, completedAt: d.completedAt };
      if (d.nextStepKey === null) return { stage: 'completed', info, completedAt: d.completedAt };
      return { stage: 'ready', info, stepKey: d.nextStepKey, since: d.completedAt };
    }
    case 'DecisionTaken': {
      const d = event.data;
      if (d.nextStepKey === null) return { stage: 'completed', info, completedAt: d.decidedAt };
      return { stage: 'ready', info, stepKey: d.nextStepKey, since: d.decidedAt };
    }
    case 'CaseLoopedBack':
      return { ...state, info: { ...info, reworkCount: event.data.reworkCount } } as CaseState;
    case 'CaseCompleted':
      return { stage: 'completed', info, completedAt: event.data.completedAt };
    case 'CaseCancelled':
      return { stage: 'cancelled', info, cancelledAt: event.data.cancelledAt };
    case 'HistoricalStepRecorded': {
      const d = event.data;
      if (state.stage !== 'ready') return state;
      if (d.nextStepKey === null) return { stage: 'completed', info, completedAt: d.completedAt };
      return { stage: 'ready', info, stepKey: d.nextStepKey, since: d.completedAt };
    }
    default:
      return assertNever(event, 'case event');
  }
}
