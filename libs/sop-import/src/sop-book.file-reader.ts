import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ImportOptions, ImportReport } from './model/import-report.model';
import { importSopBook } from './sop-book.importer';

/** Why a file could not be imported; `message` is for the user (Bahasa Indonesia). */
export class SopBookFileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: 'not_found' | 'not_a_file' | 'unreadable' | 'not_text',
    message: string,
  ) {
    super(message);
    this.name = 'SopBookFileError';
  }
}

/** Reads a text file (UTF-8) and imports it. The thin I/O shell around `importSopBook`. */
export async function readSopBookFile(path: string, options: ImportOptions = {}): Promise<ImportReport> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new SopBookFileError(path, 'not_a_file', `Bukan berkas: ${path}`);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof SopBookFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new SopBookFileError(path, 'not_found', `Berkas tidak ditemukan: ${path}`);
    throw new SopBookFileError(path, 'unreadable', `Berkas tidak dapat dibaca: ${path} (${code ?? String(error)})`);
  }
  if (bytes.includes(0)) {
    throw new SopBookFileError(path, 'not_text', `Berkas bukan teks (mis. .docx atau .pdf): ${path}; salin isinya ke berkas .txt terlebih dahulu`);
  }
  return importSopBook(bytes.toString('utf8'), { ...options, source: options.source ?? basename(path) });
}
