import { notFound, type Clock } from '@jejak/domain-kit';
import { assertCanWrite, canRead, currentCorrelationId, eventMetadata, type AuthenticatedUser } from '@jejak/nest-platform';
import type { CommandPipeline } from '@jejak/service-kit';
import { PermitApplicationAggregate, type PermitApplicationCommand, type PermitApplicationState } from '../domain';
import type { ApplicationOutcome } from '../shared/permit-application.response';

/**
 * Runs one step on an existing application: another dinas's application is not found (existence does
 * not leak), the caller must be able to write in its dinas, the time comes from the clock.
 */
export function runApplicationStep(
  pipeline: CommandPipeline,
  clock: Clock,
  input: { user: AuthenticatedUser; id: string; expectedRevision: number | undefined },
  build: (at: string, state: Exclude<PermitApplicationState, { stage: 'none' }>) => PermitApplicationCommand,
): Promise<ApplicationOutcome> {
  return pipeline.execute(PermitApplicationAggregate, {
    id: input.id,
    command: (state) => {
      if (state.stage === 'none' || !canRead(input.user, state.tenant)) throw notFound('APPLICATION_NOT_FOUND', 'Permohonan tidak ditemukan');
      assertCanWrite(input.user, state.tenant);
      return build(clock.now().toISOString(), state);
    },
    metadata: eventMetadata(input.user, currentCorrelationId()),
    expectedRevision: input.expectedRevision,
  });
}
