import { assertNever } from '@jejak/domain-kit';
import type { RecordedEvent } from '@jejak/event-store';
import { readWith } from '@jejak/service-kit';
import type { EntityManager } from 'typeorm';
import { permitApplicationEventTypes, permitApplicationIdOfStream } from '../../domain';

const read = readWith(permitApplicationEventTypes);

const setDocument = (m: EntityManager, id: string, document: string, value: object, revision: number) =>
  m.query(`UPDATE permit_application SET documents = jsonb_set(documents, ARRAY[$2::text], $3::jsonb), stream_revision = $4 WHERE id = $1`, [id, document, JSON.stringify(value), revision]);

/** The application list (table permit_application): stage, documents, rounds, outside steps, outcome. Never personal data. */
export async function applyApplicationEvent(m: EntityManager, recorded: RecordedEvent): Promise<void> {
  const event = read(recorded);
  const id = permitApplicationIdOfStream(recorded.stream);
  const r = recorded.revision;
  const set = (sql: string, params: unknown[] = []) => m.query(`UPDATE permit_application SET ${sql}, stream_revision = $2 WHERE id = $1`, [id, r, ...params]);
  switch (event.type) {
    case 'ApplicationRegistered': {
      const d = event.data;
      const organisationName = d.applicant.kind === 'person' ? null : d.applicant.organisationName;
      await m.query(
        `INSERT INTO permit_application (id, tenant, permit_type, permit_type_version, applicant_kind, organisation_name, national_system, national_reference, stage, registered_at, stream_revision)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'checking', $9, $10) ON CONFLICT (id) DO NOTHING`,
        [id, d.tenant, d.checklist.permitType, d.checklist.version, d.applicant.kind, organisationName, d.nationalReference?.system ?? null, d.nationalReference?.reference ?? null, d.at, r],
      );
      return;
    }
    case 'DocumentReceived':
      await setDocument(m, id, event.data.document, { status: 'received', contentHash: event.data.contentHash }, r);
      return;
    case 'DocumentAccepted':
      await m.query(`UPDATE permit_application SET documents = jsonb_set(documents, ARRAY[$2::text, 'status'], '"accepted"'), stream_revision = $3 WHERE id = $1`, [id, event.data.document, r]);
      return;
    case 'DocumentRejected':
      await m.query(
        `UPDATE permit_application SET documents = jsonb_set(documents, ARRAY[$2::text], (documents -> $2) || jsonb_build_object('status', 'rejected', 'reason', $3::text)), stream_revision = $4 WHERE id = $1`,
        [id, event.data.document, event.data.reason, r],
      );
      return;
    case 'DeficiencyNoticed':
      await set(`stage = 'deficient', deficiency_rounds = $3`, [event.data.round]);
      return;
    case 'DeficiencyCompleted':
      await set(`stage = 'checking'`);
      return;
    case 'ApplicationVerified':
      await set(`stage = 'verified', verified_at = $3`, [event.data.at]);
      return;
    case 'FieldInspectionRecorded':
      await set(`inspected = true`);
      return;
    case 'OutsideStepRecorded': {
      const { step, reference, startedAt, completedAt } = event.data;
      await set(`outside_steps = outside_steps || $3::jsonb`, [JSON.stringify([{ step, reference, startedAt, completedAt }])]);
      return;
    }
    case 'PermitIssued':
      await set(`stage = 'closed', outcome = 'issued', permit_number = $3, issued_on = $4, valid_until = $5, closed_at = $6`, [event.data.number, event.data.issuedOn, event.data.validUntil, event.data.at]);
      return;
    case 'ApplicationRefused':
      await set(`stage = 'closed', outcome = 'refused', closed_at = $3`, [event.data.at]);
      return;
    case 'ApplicationWithdrawn':
      await set(`stage = 'closed', outcome = 'withdrawn', closed_at = $3`, [event.data.at]);
      return;
    default:
      assertNever(event, 'permit-application event');
  }
}
