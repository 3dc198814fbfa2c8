import { parse } from 'csv-parse/sync';
import type { DomainErrorDetail } from '@jejak/domain-kit';

/** The columns of a paper step log, with the header names accepted for each (English or Indonesian). */
export const HISTORY_COLUMNS = {
  caseReference: ['case reference', 'case ref', 'reference', 'referensi kasus', 'nomor kasus', 'no kasus'],
  sopNumber: ['sop number', 'sop nomor', 'nomor sop', 'no sop'],
  stepNumber: ['step number', 'step', 'nomor langkah', 'no langkah', 'langkah'],
  role: ['role', 'peran', 'jabatan'],
  actor: ['actor', 'pelaksana', 'nama pelaksana', 'nama'],
  startedAt: ['started at', 'start', 'mulai', 'waktu mulai'],
  completedAt: ['completed at', 'completed', 'selesai', 'waktu selesai'],
  decision: ['decision', 'keputusan'],
  note: ['note', 'notes', 'catatan', 'keterangan', 'sumber'],
} as const;

export type HistoryColumn = keyof typeof HISTORY_COLUMNS;
const REQUIRED: HistoryColumn[] = ['caseReference', 'sopNumber', 'stepNumber', 'completedAt'];

/** One data line of the log, its cells by column, with its line number in the file (the header is line 1). */
export interface HistoryLine {
  line: number;
  cells: Record<HistoryColumn, string>;
}

const headerKey = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Excel in Indonesian locales saves CSV with semicolons: the header line tells which separator the file uses. */
function delimiterOf(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** Reads the CSV text: header problems and unreadable files are reported as details; blank lines are skipped. */
export function readHistoryCsv(text: string): { lines: HistoryLine[]; problems: DomainErrorDetail[] } {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { lines: [], problems: [{ field: 'file', message: 'berkas CSV kosong' }] };
  let records: { info: { lines: number }; record: string[] }[];
  try {
    records = parse(body, { delimiter: delimiterOf(body), info: true, skip_empty_lines: true, relax_column_count: true, trim: true, bom: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { lines: [], problems: [{ field: line ? `baris ${line}` : 'file', message: `berkas CSV tidak dapat dibaca: ${(error as Error).message}` }] };
  }
  const [header, ...rows] = records;
  const index = new Map<HistoryColumn, number>();
  header.record.forEach((name, i) => {
    const key = headerKey(name);
    for (const [column, aliases] of Object.entries(HISTORY_COLUMNS) as [HistoryColumn, readonly string[]][]) {
      if (aliases.includes(key) && !index.has(column)) index.set(column, i);
    }
  });
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length > 0) {
    return {
      lines: [],
      problems: missing.map((c) => ({ field: 'baris 1', message: `baris 1: kolom "${HISTORY_COLUMNS[c][0]}" tidak ada pada judul kolom` })),
    };
  }
  const lines = rows.map(({ info, record }) => {
    const cells = {} as Record<HistoryColumn, string>;
    for (const column of Object.keys(HISTORY_COLUMNS) as HistoryColumn[]) {
      const i = index.get(column);
      cells[column] = i === undefined ? '' : (record[i] ?? '').trim();
    }
    return { line: info.lines, cells };
  });
  return { lines, problems: [] };
}
