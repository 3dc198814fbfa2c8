import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { SopContent } from '@jejak/contracts';
import { CLOCK, isDomainError, type Clock } from '@jejak/domain-kit';
import { currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { DEFAULT_IMPORT_TIMEOUT_MS, importBookInWorker, ImportRunError, type ImportReport, type ImportedSop } from '@jejak/sop-import';
import { createHash } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';
import { SopAggregate, SopErrorCode, type SopImportWarning } from '../../../domain';
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
}

export interface ImportSopBookResult {
  report: Omit<ImportReport, 'sops'> & { sops: Omit<ImportedSop, 'content'>[] };
  drafts: ImportedDraft[];
}

function emptyContent(entry: { number: string; name: string }, instansi: string, unit: string): SopContent {
  return {
    identity: {
      instansi, unit, nomor: entry.number, nama: entry.name, tanggalPembuatan: null, tanggalRevisi: null, tanggalEfektif: null,
      disahkanOleh: null, dasarHukum: [], keterkaitan: [], peringatan: '', kualifikasiPelaksana: [], peralatanPerlengkapan: [], pencatatanPendataan: '',
    },
    procedures: [],
  };
}

/**
 * Imports an SOP book: every SOP page the importer can read becomes a draft with its warnings, and
 * every entry of the book's list without a readable page becomes a draft catalogue entry (number and
 * name) for a person to complete. Nothing is approved by an import.
 */
@CommandHandler(ImportSopBookCommand)
export class ImportSopBookHandler implements ICommandHandler<ImportSopBookCommand, ImportSopBookResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(c: ImportSopBookCommand): Promise<ImportSopBookResult> {
    const report = await this.read(c);
    const summary = { ...report, sops: report.sops.map(({ content: _content, ...rest }) => rest) };
    if (c.dryRun) return { report: summary, drafts: [] };

    const sha256 = createHash('sha256').update(c.text).digest('hex');
    const drafts: ImportedDraft[] = [];
    const matched = new Set<number>();
    const instansi = report.sops[0]?.content.identity.instansi ?? '';

    for (const [i, sop] of report.sops.entries()) {
      if (sop.indexEntry) matched.add(sop.indexEntry.no);
      const unit = sop.content.identity.unit || sop.indexEntry?.unit || c.defaultUnit;
      const content = { ...sop.content, identity: { ...sop.content.identity, unit } };
      const warnings: SopImportWarning[] = sop.warnings.map((w) => ({ code: 'IMPORT_WARNING', message: `baris ${w.line}: ${w.message}`, field: null }));
      drafts.push(await this.draft(c, uuidv5(`${c.user.tenant}:${sha256}:sop:${i}`, IMPORT_NAMESPACE), content, unit, `baris ${sop.line}`, sha256, warnings, sop.steps.length));
    }
    for (const entry of report.index.filter((e) => !matched.has(e.no))) {
      const unit = entry.unit ?? c.defaultUnit;
      const warnings: SopImportWarning[] = [{ code: 'IMPORT_INDEX_ONLY', message: `baris ${entry.line}: hanya tercantum di daftar SOP; langkah-langkahnya belum diisi`, field: 'procedures' }];
      drafts.push(await this.draft(c, uuidv5(`${c.user.tenant}:${sha256}:index:${entry.no}`, IMPORT_NAMESPACE), emptyContent(entry, instansi, unit), unit, `daftar SOP no. ${entry.no}`, sha256, warnings, 0));
    }
    return { report: summary, drafts };
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
  ): Promise<ImportedDraft> {
    const base = { sopId, number: content.identity.nomor, name: content.identity.nama, steps, warnings: warnings.length };
    try {
      await this.pipeline.execute(SopAggregate, {
        id: sopId,
        command: {
          type: 'DraftSop',
          sopId,
          issuer: { tenant: c.user.tenant, unit },
          content,
          origin: { kind: 'import', source: { document: c.fileName, location, sha256 }, warnings },
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
