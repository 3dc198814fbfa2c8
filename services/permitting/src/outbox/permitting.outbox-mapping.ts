import { assertNever } from '@jejak/domain-kit';
import type { RecordedEvent } from '@jejak/event-store';
import type { OutboxMapping } from '@jejak/messaging';
import { readWith } from '@jejak/service-kit';
import { PERMIT_APPLICATION_STREAM_PREFIX, permitApplicationEventTypes, permitTypeEventTypes } from '../domain';

const readType = readWith(permitTypeEventTypes);
const readApplication = readWith(permitApplicationEventTypes);

/**
 * Domain event → integration event on topic `jejak.permitting.v1`. No other service consumes a
 * permitting fact yet, so every event maps to null and libs/contracts holds no permitting contract;
 * a contract is added together with its first consumer (docs/adding-a-service.md, "Contracts").
 */
export function permittingOutboxMapping(recorded: RecordedEvent): OutboxMapping {
  if (recorded.stream.startsWith(PERMIT_APPLICATION_STREAM_PREFIX)) {
    const event = readApplication(recorded);
    switch (event.type) {
      case 'ApplicationRegistered': case 'DocumentReceived': case 'DocumentAccepted': case 'DocumentRejected':
      case 'DeficiencyNoticed': case 'DeficiencyCompleted': case 'ApplicationVerified': case 'FieldInspectionRecorded':
      case 'OutsideStepRecorded': case 'PermitIssued': case 'ApplicationRefused': case 'ApplicationWithdrawn':
        return null;
      default:
        return assertNever(event, 'permit-application event');
    }
  }
  const event = readType(recorded);
  switch (event.type) {
    case 'PermitTypeDefined':
    case 'PermitTypeRevised':
      return null;
    default:
      return assertNever(event, 'permit-type event');
  }
}
