import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { stepKey, type SopContent } from '@jejak/contracts';
import { isDomainError, type DomainError } from '@jejak/domain-kit';
import type { PlatformRequest } from '@jejak/nest-platform';
import { DataSource } from 'typeorm';
import { catchError, from, mergeMap, type Observable } from 'rxjs';
import { SopVersionsReader } from '../sop-registry/sop-versions.reader';
import { COMPLIANCE_PROBLEM_MESSAGES, withProblemMessage, type ProblemMessageContext } from './problem-messages';

interface CaseNames {
  sopId: string;
  version: number;
  nomor: string | null;
  nama: string;
  reference: string | null;
}

/**
 * Words every compliance refusal for people at the edge (see `problem-messages.ts`): catches a domain error on its
 * way out of a handler, looks up the names it only carries as ids (the case and its SOP from the read model, the
 * step from the SOP's version, the caller from the token) and rethrows it with the Bahasa message, same kind, code and
 * details. A lookup that fails leaves the generic wording ("SOP ini", "langkah 1.4"): never a second error.
 */
@Injectable()
export class ComplianceProblemMessages implements NestInterceptor {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sops: SopVersionsReader,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (!isDomainError(error) || COMPLIANCE_PROBLEM_MESSAGES[error.code] === undefined) throw error;
        const request = context.switchToHttp().getRequest<PlatformRequest & { params?: Record<string, string>; body?: unknown; query?: Record<string, unknown> }>();
        return from(this.contextFor(error, request).catch(() => fallback(error, request))).pipe(
          mergeMap((ctx) => {
            throw withProblemMessage(error, ctx);
          }),
        );
      }),
    );
  }

  private async contextFor(error: DomainError, request: PlatformRequest & { params?: Record<string, string>; body?: unknown; query?: Record<string, unknown> }): Promise<ProblemMessageContext> {
    const base = fallback(error, request);
    const path = (request.originalUrl ?? request.url ?? '').split('?')[0];
    const caseId = /^\/cases\/[^/]+/.test(path) ? request.params?.id : undefined;
    let names: CaseNames | null = null;
    if (caseId !== undefined) {
      const rows: { sop_id: string; version: number; nomor: string | null; nama: string; reference: string | null }[] = await this.dataSource.query(
        'SELECT sop_id, version, nomor, nama, reference FROM cases WHERE case_id = $1',
        [caseId],
      );
      const row = rows[0];
      if (row) names = { sopId: row.sop_id, version: row.version, nomor: row.nomor, nama: row.nama, reference: row.reference };
    }
    const sopId = names?.sopId ?? stringField(request.body, 'sopId') ?? (typeof request.query?.sopId === 'string' ? request.query.sopId : undefined);
    const known = sopId === undefined ? null : await this.sops.load(sopId);
    const version = known?.versions.find((v) => v.version === names?.version) ?? known?.versions[known.versions.length - 1];
    const content = version?.content ?? null;
    const sopTitle = [names?.nomor ?? known?.nomor, names?.nama ?? known?.nama].filter((t): t is string => typeof t === 'string' && t.trim() !== '').join(' ');
    const stepOf = (key: string | undefined) => (key === undefined ? base.step : stepLabel(key, content));
    return {
      ...base,
      sop: sopTitle === '' ? base.sop : `SOP ${sopTitle}`,
      kasus: names?.reference ? `kasus ${names.reference}` : base.kasus,
      step: stepOf(request.params?.stepKey ?? stepInMessage(error.message)),
      expectedStep: stepOf(expectedStepInMessage(error.message) ?? request.params?.stepKey),
    };
  }
}

function fallback(error: DomainError, request: PlatformRequest & { params?: Record<string, string> }): ProblemMessageContext {
  const key = request.params?.stepKey ?? stepInMessage(error.message);
  const expected = expectedStepInMessage(error.message) ?? key;
  return {
    sop: 'SOP ini',
    step: key === undefined ? 'langkah ini' : `langkah ${key}`,
    expectedStep: expected === undefined ? 'langkah yang sedang berjalan' : `langkah ${expected}`,
    person: request.user?.name?.trim() ? request.user.name : 'Anda',
    kasus: 'kasus ini',
    original: error.message,
    details: error.details,
  };
}

const stringField = (body: unknown, name: string): string | undefined => {
  if (typeof body !== 'object' || body === null) return undefined;
  const value = (body as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
};

/** The step a decider's message is about: "step 1.4 ...". */
const stepInMessage = (message: string): string | undefined => /\bstep (\d+\.\d+)/.exec(message)?.[1];
/** The step the flow expects: "... expects step 1.2", or the step in progress / waiting. */
const expectedStepInMessage = (message: string): string | undefined =>
  /expects step (\d+\.\d+)/.exec(message)?.[1] ?? /^step (\d+\.\d+) (?:is in progress|waits)/.exec(message)?.[1];

/** `langkah 1.4 "Memverifikasi berkas"` from the SOP version's content. */
export function stepLabel(key: string, content: SopContent | null): string {
  for (const [p, procedure] of (content?.procedures ?? []).entries()) {
    for (const step of procedure.steps) {
      if (stepKey(p, step.no) !== key) continue;
      const name = step.kegiatan.trim().replace(/\s+/g, ' ');
      return `langkah ${key} "${name.length > 80 ? `${name.slice(0, 79).trimEnd()}…` : name}"`;
    }
  }
  return `langkah ${key}`;
}
