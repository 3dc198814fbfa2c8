import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { SopContent } from '@jejak/contracts';
import { CLOCK, isDomainError, type Clock } from '@jejak/domain-kit';
import { currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { DEFAULT_IMPORT_TIMEOUT_MS, importBookInWorker, ImportRunError, type ImportReport, type ImportedSop } from '@jejak/sop-import';
import { createHash } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';
import { SopAggregate, SopErrorCode, type SopDraftProposal, type SopImportWarning } from '../../../domain';
import { ImportSopBookCommand } from './import-sop-book.command';
import { importRunProblem, SOP_BOOK_MAX_BYTES } from './sop-book-upload.interceptor';

/** Namespace of import-derived SOP ids: the same book imported twice by one dinas yields the same ids. */
const IMPORT_NAMESPACE = '6f1c8a52-3d0b-4e8e-9a51-0c7f4c2b9d13';

export interface ImportedDraft {
  sopId: string;
  number: string | null;
  name: string;
  /** `created`, or `already_imported` when this book was imported before. */
  result: 'created' | 'already_imported';
  steps: number;
  warnings: number;
  /** Proposals (pelaksana, "tidak" targets) recorded with the draft, to confirm through the API. */
  proposals: number;
}

/** An entry of the book's list with no step table in the book: reported with a warning, never drafted. */
export interface IndexOnlyImportEntry {
  no: number;
  number: string;
  name: string;
  unit: string | null;
  reason: 'no-page' | 'no-step-table';
  line: number;
  warning: string;
}

export interface ImportSopBookResult {
  report: Omit<ImportReport, 'sops' | 'indexOnly'> & { sops: Omit<ImportedSop, 'content'>[] };
  drafts: ImportedDraft[];
  indexOnly: IndexOnlyImportEntry[];
}

/** The importer's proposals as the draft stores them, with a stable id per version (`tidak-1.7`). */
function draftProposals(sop: ImportedSop): SopDraftProposal[] {
  const seen = new Set<string>();
  const proposals: SopDraftProposal[] = [];
  for (const proposal of sop.proposals ?? []) {
    const id = `${proposal.kind}-${proposal.procedure}.${proposal.stepNo}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const value = Array.isArray(proposal.value) ? [...proposal.value] : proposal.value;
    proposals.push({ id, kind: proposal.kind, procedure: proposal.procedure, stepNo: proposal.stepNo, value, evidence: proposal.evidence, line: proposal.line });
  }
  return proposals;
}

/**
 * Imports an SOP book: every SOP page with a step table becomes a draft with its warnings and the
 * importer's proposals (pelaksana and "tidak" targets to confirm, with their evidence). Entries of the
 * book's list without a step table are reported as index-only entries with a warning, not drafted.
 * Nothing is approved by an import.
 */
@CommandHandler(ImportSopBookCommand)
export class ImportSopBookHandler implements ICommandHandler<ImportSopBookCommand, ImportSopBookResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(c: ImportSopBookCommand): Promise<ImportSopBookResult> {
    const report = await this.read(c);
    const { indexOnly: indexOnlyEntries = [], ...rest } = report;
    const summary = { ...rest, sops: report.sops.map(({ content: _content, ...sop }) => sop) };
    const indexOnly: IndexOnlyImportEntry[] = indexOnlyEntries.map(({ entry, reason, line, warning }) => ({
      no: entry.no, number: entry.number, name: entry.name, unit: entry.unit ?? null, reason, line, warning,
    }));
    if (c.dryRun) return { report: summary, drafts: [], indexOnly };

    const sha256 = createHash('sha256').update(c.text).digest('hex');
    const drafts: ImportedDraft[] = [];

    for (const [i, sop] of report.sops.entries()) {
      const unit = sop.content.identity.unit || sop.indexEntry?.unit || c.defaultUnit;
      const content = { ...sop.content, identity: { ...sop.content.identity, unit } };
      const warnings: SopImportWarning[] = sop.warnings.map((w) => ({ code: 'IMPORT_WARNING', message: `baris ${w.line}: ${w.message}`, field: null }));
      const sopId = uuidv5(`${c.user.tenant}:${sha256}:sop:${i}`, IMPORT_NAMESPACE);
      drafts.push(await this.draft(c, sopId, content, unit, `baris ${sop.line}`, sha256, warnings, sop.steps.length, draftProposals(sop)));
    }
    return { report: summary, drafts, indexOnly };
  }

  /** The importer runs in a worker thread (never on the event loop that serves requests), bounded in size and time. */
  private async read(c: ImportSopBookCommand): Promise<ImportReport> {
    try {
      return await importBookInWorker(c.text, { dinas: c.user.tenant, source: c.fileName }, { timeoutMs: DEFAULT_IMPORT_TIMEOUT_MS, maxBytes: SOP_BOOK_MAX_BYTES });
    } catch (error) {
      if (error instanceof ImportRunError) throw importRunProblem(error);
      throw error;
    }
  }

  private async draft(
    c: ImportSopBookCommand,
    sopId: string,
    content: SopContent,
    unit: string,
    location: string,
    sha256: string,
    warnings: SopImportWarning[],
    steps: number,
    proposals: SopDraftProposal[],
  ): Promise<ImportedDraft> {
    const base = { sopId, number: content.identity.nomor, name: content.identity.nama, steps, warnings: warnings.length, proposals: proposals.length };
    try {
      await this.pipeline.execute(SopAggregate, {
        id: sopId,
        command: {
          type: 'DraftSop',
          sopId,
          issuer: { tenant: c.user.tenant, unit },
          content,
          origin: { kind: 'import', source: { document: c.fileName, location, sha256 }, warnings },
          proposals,
          at: this.clock.now().toISOString(),
        },
        metadata: eventMetadata(c.user, currentCorrelationId()),
        create: true,
      });
      return { ...base, result: 'created' };
    } catch (error) {
      // Imported before (or by a concurrent upload of the same book): the derived id's stream exists.
      if (isDomainError(error) && (error.code === SopErrorCode.AlreadyExists || error.code === 'WRONG_EXPECTED_REVISION')) return { ...base, result: 'already_imported' };
      throw error;
    }
  }
}
