import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, validationError, type Clock, type DomainErrorDetail } from '@jejak/domain-kit';
import { EVENT_STORE, WrongExpectedRevisionError, type EventStore } from '@jejak/event-store';
import { assertCanWrite, currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { idempotentEventId, requestFingerprint } from '@jejak/service-kit';
import { DataSource } from 'typeorm';
import { DinasCalendarReader } from '../../../calendars/dinas-calendar.reader';
import { nomorKey } from '../../../sop-registry/sop-keys';
import type { KnownSop } from '../../../sop-registry/sop-versions';
import { SopVersionsReader } from '../../../sop-registry/sop-versions.reader';
import { caseActorOf } from '../../case-actor';
import { caseIdForReference, caseStream } from '../../case.streams';
import { appendImportedCases } from './case-history.appender';
import { readHistoryCsv } from './case-history.csv-reader';
import { planHistoryImport, type HistoryProblem } from './case-history.planner';
import { readHistoryRow, type HistoryRow } from './case-history.row-parser';
import { ImportCaseHistoryCommand } from './import-case-history.command';

export interface ImportCaseHistoryResult {
  cases: Array<{ caseId: string; reference: string; steps: number }>;
  steps: number;
}

const detail = (p: HistoryProblem): DomainErrorDetail => ({
  field: `baris ${p.line}`,
  message: `baris ${p.line}${p.column ? `, kolom "${p.column}"` : ''}: ${p.message}`,
});

/**
 * With an `Idempotency-Key`, the events' ids derive from the request (key, user, file), so a retry of an import that
 * committed returns its first result instead of refusing every line as already recorded.
 *
 * Imports a paper step log: validates EVERY line first (format, SOP, step, role, times, and the case rules through the
 * real decider), and only when no line is refused appends all the cases in ONE unit of work. A refused import leaves
 * nothing behind and lists each refused line with its reason.
 */
@CommandHandler(ImportCaseHistoryCommand)
export class ImportCaseHistoryHandler implements ICommandHandler<ImportCaseHistoryCommand, ImportCaseHistoryResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly sopVersions: SopVersionsReader,
    private readonly calendars: DinasCalendarReader,
  ) {}

  async execute({ user, csv, fileName, idempotencyKey }: ImportCaseHistoryCommand): Promise<ImportCaseHistoryResult> {
    const fingerprint = idempotencyKey === undefined ? undefined : requestFingerprint({ op: 'POST /cases/history', tenant: user.tenant, user: user.userId, key: idempotencyKey, fileName, csv });
    try {
      return await this.import(user, csv, fileName, fingerprint);
    } catch (error) {
      // An identical retry that raced the first attempt: the first one's cases are there now, so replay its result.
      if (fingerprint !== undefined && error instanceof WrongExpectedRevisionError) return this.import(user, csv, fileName, fingerprint);
      throw error;
    }
  }

  private async import(user: ImportCaseHistoryCommand['user'], csv: string, fileName: string, fingerprint: string | undefined): Promise<ImportCaseHistoryResult> {
    assertCanWrite(user, user.tenant);
    const { calendar } = await this.calendars.current(user.tenant);
    const read = readHistoryCsv(csv);
    if (read.problems.length > 0) throw validationError('HISTORY_IMPORT_INVALID', 'Berkas riwayat tidak dapat dibaca', read.problems);
    if (read.lines.length === 0) throw validationError('HISTORY_IMPORT_INVALID', 'Berkas riwayat tidak berisi baris data', [{ field: 'file', message: 'tidak ada baris data' }]);

    const problems: HistoryProblem[] = [];
    const rows: HistoryRow[] = [];
    for (const line of read.lines) {
      const result = readHistoryRow(line, calendar);
      problems.push(...result.problems);
      if (result.row) rows.push(result.row);
    }
    // Cases already recorded: refused, unless this same request (same Idempotency-Key and file) recorded them.
    const firstEvents = await this.firstEventIds(rows.map((r) => caseIdForReference(user.tenant, r.reference)));
    const ours = new Set([...firstEvents].filter(([caseId, eventId]) => fingerprint !== undefined && eventId === idempotentEventId(caseStream(caseId), fingerprint, 0)).map(([caseId]) => caseId));
    const plan = planHistoryImport(rows, {
      tenant: user.tenant,
      calendar,
      sops: await this.sopsOf(user.tenant),
      existing: new Set([...firstEvents.keys()].filter((caseId) => !ours.has(caseId))),
      actor: caseActorOf(user),
      at: this.clock.now().toISOString(),
      fileName,
    });
    problems.push(...plan.problems);
    if (problems.length > 0) {
      const sorted = problems.sort((a, b) => a.line - b.line);
      const lines = [...new Set(sorted.map((p) => p.line))];
      throw validationError('HISTORY_IMPORT_INVALID', `${lines.length} baris ditolak (${lines.join(', ')}); tidak ada yang dicatat`, sorted.map(detail));
    }

    const result = { cases: plan.cases.map(({ caseId, reference, steps }) => ({ caseId, reference, steps })), steps: rows.length };
    // A retry of an import that committed (all or nothing, so every case of the file is there): its first result.
    if (ours.size > 0 && plan.cases.every((c) => ours.has(c.caseId))) return result;
    await appendImportedCases(this.store, plan.cases.filter((c) => !ours.has(c.caseId)), eventMetadata(user, currentCorrelationId()), fingerprint);
    return result;
  }

  private async sopsOf(tenant: string): Promise<Map<string, KnownSop>> {
    const rows: { sop_id: string }[] = await this.dataSource.query(`SELECT sop_id FROM sop_registry WHERE tenant = $1 AND effective_version IS NOT NULL`, [tenant]);
    const sops = new Map<string, KnownSop>();
    for (const { sop_id } of rows) {
      const sop = await this.sopVersions.load(sop_id);
      if (sop?.nomor) sops.set(nomorKey(sop.nomor), sop);
    }
    return sops;
  }

  /** The id of the first event of each case that exists already. */
  private async firstEventIds(caseIds: string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (const caseId of new Set(caseIds)) {
      const [first] = await this.store.readStream(caseStream(caseId), { maxCount: 1 });
      if (first) found.set(caseId, first.id);
    }
    return found;
  }
}
