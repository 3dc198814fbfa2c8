import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DomainError } from '@jejak/domain-kit';
import type { ImportOptions, ImportReport } from '../model/import-report.model';
import { ImportTimeoutError, ImportTooLargeError, ImportWorkerFailedError } from './import-errors';
import type { WorkerInput, WorkerOutput } from './sop-import.worker';

export interface WorkerLimits {
  /** The worker is terminated after this long; default 30 s. */
  timeoutMs?: number;
  /** Largest book accepted, in UTF-8 bytes; default 5 MiB. */
  maxBytes?: number;
  /** Heap of the worker (MB); default 512. A book that needs more fails with `ImportWorkerFailedError`. */
  maxHeapMb?: number;
}

export const DEFAULT_IMPORT_TIMEOUT_MS = 30_000;
export const DEFAULT_IMPORT_MAX_BYTES = 5 * 1024 * 1024;
const DEFAULT_MAX_HEAP_MB = 512;

/**
 * From the TypeScript sources (tests), the worker compiles them with @swc/core as it requires them;
 * from the build, it runs the compiled worker beside this file.
 */
const TS_WORKER_BOOTSTRAP = `
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const { workerData } = require('node:worker_threads');
const { transformSync } = require(workerData.swc);
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const lib = /^@jejak\\/([a-z-]+)$/.exec(request);
  return resolve.call(this, lib ? join(workerData.libs, lib[1], 'src/index.ts') : request, ...rest);
};
require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename, sourceMaps: 'inline', module: { type: 'commonjs' },
    jsc: { parser: { syntax: 'typescript', decorators: true }, target: 'es2022', transform: { legacyDecorator: true } },
  });
  module._compile(code, filename);
};
require(workerData.entry);
`;

function startWorker(input: WorkerInput, maxHeapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: maxHeapMb };
  const compiled = join(__dirname, 'sop-import.worker.js');
  if (existsSync(compiled)) return new Worker(compiled, { workerData: input, resourceLimits });
  const source = { entry: join(__dirname, 'sop-import.worker.ts'), libs: join(__dirname, '../../..'), swc: require.resolve('@swc/core') };
  return new Worker(TS_WORKER_BOOTSTRAP, { eval: true, workerData: { ...input, ...source }, resourceLimits });
}

/**
 * `importSopBook` in a worker thread, so a large or hostile book never blocks the event loop that
 * serves requests. Rejects with `ImportTooLargeError` (413) before starting when the text is over
 * `maxBytes`, with `ImportTimeoutError` (422) after terminating a worker that ran past `timeoutMs`, with
 * the importer's own `DomainError` (e.g. `DINAS_CODE_INVALID`), or with `ImportWorkerFailedError`.
 */
export function importBookInWorker(text: string, options: ImportOptions = {}, limits: WorkerLimits = {}): Promise<ImportReport> {
  const timeoutMs = limits.timeoutMs ?? DEFAULT_IMPORT_TIMEOUT_MS;
  const maxBytes = limits.maxBytes ?? DEFAULT_IMPORT_MAX_BYTES;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) return Promise.reject(new ImportTooLargeError(bytes, maxBytes));

  return new Promise<ImportReport>((resolve, reject) => {
    const worker = startWorker({ text, options }, limits.maxHeapMb ?? DEFAULT_MAX_HEAP_MB);
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    const timer = setTimeout(() => settle(() => reject(new ImportTimeoutError(timeoutMs))), timeoutMs);
    worker.once('message', (output: WorkerOutput) =>
      settle(() => {
        if (output.ok) return resolve(output.report);
        const { domain, message, name } = output.error;
        if (domain) return reject(new DomainError(domain.kind, domain.code, message, domain.details));
        reject(new ImportWorkerFailedError(`${name}: ${message}`));
      }),
    );
    worker.once('error', (error) => settle(() => reject(new ImportWorkerFailedError(error.message))));
    worker.once('exit', (code) => settle(() => reject(new ImportWorkerFailedError(`worker exited with code ${code} before answering`))));
  });
}
