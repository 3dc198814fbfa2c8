import { assertNever, EventTypeRegistry, illegalState, notFound, type Decider } from '@jejak/domain-kit';
import type { AggregateType } from '../command-pipeline';

/** A small aggregate for the pipeline's own tests: a training (pelatihan) with a number of seats. */
export type TrainingCommand =
  | { type: 'OpenTraining'; data: { seats: number; at: string } }
  | { type: 'Enrol'; data: { participant: string; at: string } };

export type TrainingEvent =
  | { type: 'TrainingOpened'; data: { seats: number; at: string } }
  | { type: 'ParticipantEnrolled'; data: { participant: string; at: string } };

export type TrainingState = { stage: 'none' } | { stage: 'open'; seats: number; enrolled: string[] };

export const trainingDecider: Decider<TrainingCommand, TrainingEvent, TrainingState> = {
  initialState: () => ({ stage: 'none' }),
  decide(command, state) {
    switch (command.type) {
      case 'OpenTraining':
        if (state.stage !== 'none') throw illegalState('TRAINING_EXISTS', 'pelatihan sudah dibuka');
        return [{ type: 'TrainingOpened', data: command.data }];
      case 'Enrol':
        if (state.stage === 'none') throw notFound('TRAINING_NOT_FOUND', 'pelatihan tidak ditemukan');
        if (state.enrolled.includes(command.data.participant)) return [];
        if (state.enrolled.length >= state.seats) throw illegalState('TRAINING_FULL', 'kuota pelatihan sudah penuh');
        return [{ type: 'ParticipantEnrolled', data: command.data }];
      default:
        return assertNever(command, 'command');
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'TrainingOpened':
        return { stage: 'open', seats: event.data.seats, enrolled: [] };
      case 'ParticipantEnrolled':
        return state.stage === 'open' ? { ...state, enrolled: [...state.enrolled, event.data.participant] } : state;
      default:
        return assertNever(event, 'event');
    }
  },
};

/** Version 1 of TrainingOpened called the seats `kursi`. */
export interface TrainingOpenedV1 {
  kursi: number;
  at: string;
}

export const trainingEventTypes = new EventTypeRegistry<TrainingEvent>('pelatihan')
  .register('TrainingOpened', { version: 2, upcasters: { 1: (v1: TrainingOpenedV1) => ({ seats: v1.kursi, at: v1.at }) } })
  .register('ParticipantEnrolled');

export const TrainingAggregate: AggregateType<TrainingCommand, TrainingEvent, TrainingState> = {
  name: 'pelatihan',
  stream: (id) => `training-${id}`,
  decider: trainingDecider,
  events: trainingEventTypes,
};
