/**
 * The worker side of `importBookInWorker`: imports the book it is given and posts the report back, or
 * the error (a DomainError keeps its kind, code and details). Runs only inside a worker thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DomainError } from '@jejak/domain-kit';
import type { ImportOptions } from '../model/import-report.model';
import { importSopBook } from '../sop-book.importer';

export interface WorkerInput {
  text: string;
  options: ImportOptions;
}

export type WorkerOutput =
  | { ok: true; report: ReturnType<typeof importSopBook> }
  | { ok: false; error: { name: string; message: string; domain?: Pick<DomainError, 'kind' | 'code' | 'details'> } };

function run(input: WorkerInput): WorkerOutput {
  try {
    return { ok: true, report: importSopBook(input.text, input.options) };
  } catch (error) {
    const domain = error instanceof DomainError ? { kind: error.kind, code: error.code, details: error.details } : undefined;
    const e = error instanceof Error ? error : new Error(String(error));
    return { ok: false, error: { name: e.name, message: e.message, ...(domain ? { domain } : {}) } };
  }
}

if (parentPort) parentPort.postMessage(run(workerData as WorkerInput));
