import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, notFound, validationError, type Clock, type DomainErrorDetail } from '@jejak/domain-kit';
import { actorFrom, assertCanWrite, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { DEFAULT_EVALUATION_CRITERIA, SINERGI_CRITERION, type EvaluationAnswer } from '../../../domain';
import { SopVersionsReader } from '../../../sop-registry/sop-versions.reader';
import { SopEvaluationAggregate } from '../../../domain/sop-evaluation/sop-evaluation.decider';
import { sopEvaluationId, type SopEvaluationAnswered } from '../../../domain/sop-evaluation/sop-evaluation.events';
import { AnswerSopEvaluationCommand } from './answer-sop-evaluation.command';

const KNOWN_CRITERIA = [...DEFAULT_EVALUATION_CRITERIA, SINERGI_CRITERION].map((c) => c.id);

@CommandHandler(AnswerSopEvaluationCommand)
export class AnswerSopEvaluationHandler implements ICommandHandler<AnswerSopEvaluationCommand, { stream: string; revision: number }> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly sops: SopVersionsReader,
  ) {}

  async execute({ user, body }: AnswerSopEvaluationCommand): Promise<{ stream: string; revision: number }> {
    assertCanWrite(user, user.tenant);
    const sop = await this.sops.load(body.sopId);
    if (!sop || sop.tenant !== user.tenant) throw notFound('SOP_NOT_FOUND', `SOP ${body.sopId} tidak ditemukan di dinas Anda`);
    const problems: DomainErrorDetail[] = [];
    if (!sop.versions.some((v) => v.version === body.version)) problems.push({ field: 'version', message: `versi ${body.version} belum pernah berlaku` });
    if (body.dari > body.sampai) problems.push({ field: 'sampai', message: 'sampai tidak boleh sebelum dari' });
    body.answers.forEach((a, i) => {
      if (!KNOWN_CRITERIA.includes(a.criterionId)) problems.push({ field: `answers.${i}.criterionId`, message: `kriteria "${a.criterionId}" tidak dikenal (${KNOWN_CRITERIA.join(', ')})` });
    });
    if (problems.length > 0) throw validationError('EVALUATION_INVALID', 'Jawaban evaluasi tidak valid', problems);

    const answers: Record<string, EvaluationAnswer> = {};
    for (const a of body.answers) {
      answers[a.criterionId] = { penilaian: a.penilaian, ...(a.catatan ? { catatan: a.catatan } : {}), ...(a.tindakLanjut ? { tindakLanjut: a.tindakLanjut } : {}) };
    }
    const actor = actorFrom(user);
    const data: SopEvaluationAnswered['data'] = {
      tenant: user.tenant,
      sopId: body.sopId,
      version: body.version,
      dari: body.dari,
      sampai: body.sampai,
      answers,
      answeredBy: { userId: actor.userId, name: user.name, role: actor.role },
      answeredAt: this.clock.now().toISOString(),
    };
    // New answers replace earlier ones whatever they were, so a concurrent answer is simply decided again.
    const outcome = await this.pipeline.execute(SopEvaluationAggregate, {
      id: sopEvaluationId(user.tenant, body.sopId, body.version, body.dari, body.sampai),
      command: { type: 'AnswerSopEvaluation', answer: data },
      metadata: eventMetadata(user),
      retries: 3,
    });
    return { stream: outcome.stream, revision: outcome.revision };
  }
}
