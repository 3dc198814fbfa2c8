import type { RecordedEvent } from '@jejak/event-store';
import type { EntityManager } from 'typeorm';
import type { EvaluationAnswer } from '../../domain';
import { sopEvaluationEventTypes } from '../../domain/sop-evaluation/sop-evaluation.events';

export async function applySopEvaluationAnswered(m: EntityManager, event: RecordedEvent): Promise<void> {
  const { data: d } = sopEvaluationEventTypes.read(event);
  await m.query(
    `INSERT INTO sop_evaluations (tenant, sop_id, version, dari, sampai, answers, answered_by, answered_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (tenant, sop_id, version, dari, sampai) DO UPDATE SET answers = $6, answered_by = $7, answered_at = $8`,
    [d.tenant, d.sopId, d.version, d.dari, d.sampai, JSON.stringify(d.answers), JSON.stringify(d.answeredBy), d.answeredAt],
  );
}

/** The answers recorded for a form, or none. */
export async function projectedEvaluationAnswers(
  m: Pick<EntityManager, 'query'>,
  key: { tenant: string; sopId: string; version: number; dari: string; sampai: string },
): Promise<Record<string, EvaluationAnswer>> {
  const rows: { answers: Record<string, EvaluationAnswer> }[] = await m.query(
    `SELECT answers FROM sop_evaluations WHERE tenant = $1 AND sop_id = $2 AND version = $3 AND dari = $4 AND sampai = $5`,
    [key.tenant, key.sopId, key.version, key.dari, key.sampai],
  );
  return rows[0]?.answers ?? {};
}
