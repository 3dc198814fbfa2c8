import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, notFound, validationError, type Clock } from '@jejak/domain-kit';
import { canRead, type AuthenticatedUser } from '@jejak/nest-platform';
import { DataSource } from 'typeorm';
import { localDateOf } from '../calendars/local-date';
import { projectedCalendarOf } from '../calendars/read-model/dinas-calendar.projection';
import type { CaseAggregates, EvaluationAnswer } from '../domain';
import { projectedEvaluationAnswers } from '../evaluations/read-model/sop-evaluation.projection';
import { figuresOf } from '../measurement/case-figures';
import { MeasuredCasesLoader } from '../measurement/measured-cases.loader';
import { versionEffectiveOn, type EffectiveSopVersion, type KnownSop } from '../sop-registry/sop-versions';
import { SopVersionsReader } from '../sop-registry/sop-versions.reader';
import type { ReportRequest } from './report-request.dto';

export interface SopReportData {
  sop: KnownSop;
  version: EffectiveSopVersion;
  figures: CaseAggregates;
  answers: Record<string, EvaluationAnswer>;
  /** Today in the SOP's dinas. */
  today: string;
}

/**
 * Everything a form of one SOP version over a period needs: the SOP (another dinas's SOP is not found), the version,
 * the figures of its cases started in the period (from the read model) and the evaluators' answers.
 */
@Injectable()
export class SopReportLoader {
  constructor(
    private readonly sops: SopVersionsReader,
    private readonly cases: MeasuredCasesLoader,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async load(user: AuthenticatedUser, request: ReportRequest): Promise<SopReportData> {
    if (request.dari > request.sampai) throw validationError('PERIOD_INVALID', 'periode tidak valid', [{ field: 'sampai', message: 'sampai tidak boleh sebelum dari' }]);
    const sop = await this.sops.load(request.sopId);
    if (!sop || !canRead(user, sop.tenant)) throw notFound('SOP_NOT_FOUND', `SOP ${request.sopId} tidak ditemukan`);
    const version = request.version !== undefined ? sop.versions.find((v) => v.version === request.version) : versionEffectiveOn(sop, request.sampai);
    if (!version) {
      throw validationError('SOP_VERSION_UNKNOWN', `SOP ini tidak memiliki versi ${request.version ?? `yang berlaku pada ${request.sampai}`}`, [
        { field: 'version', message: `versi yang pernah berlaku: ${sop.versions.map((v) => v.version).join(', ') || 'tidak ada'}` },
      ]);
    }
    const filter = { tenant: sop.tenant, sopId: sop.sopId, version: version.version, dari: request.dari, sampai: request.sampai };
    const measured = await this.cases.load(user, filter);
    const calendar = await projectedCalendarOf(this.dataSource, sop.tenant);
    const now = this.clock.now();
    const figures = figuresOf(measured, new Map([[sop.tenant, calendar]]), now.toISOString());
    const answers = await projectedEvaluationAnswers(this.dataSource, filter);
    return { sop, version, figures, answers, today: localDateOf(now, calendar) };
  }
}
