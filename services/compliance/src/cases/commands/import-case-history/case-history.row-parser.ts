import { TEXT_LIMITS, unsafeTextReason } from '@jejak/nest-platform';
import { resolveTimeZone, type DinasCalendar } from '@jejak/working-time';
import { DateTime } from 'luxon';
import { DEFAULT_ROLE_MAPPING, isPlatformRole, platformRolesFor, type PlatformRole, type RoleMapping } from '../../../domain';
import { HISTORY_COLUMNS, type HistoryColumn, type HistoryLine } from './case-history.csv-reader';

/** The longest text each column takes (the note is a paragraph, names and references a line, the rest short codes). */
const CELL_LIMITS: Record<HistoryColumn, number> = {
  caseReference: TEXT_LIMITS.name,
  sopNumber: TEXT_LIMITS.code,
  stepNumber: 20,
  role: TEXT_LIMITS.name,
  actor: TEXT_LIMITS.name,
  startedAt: 40,
  completedAt: 40,
  decision: 20,
  note: TEXT_LIMITS.text,
};

/** A line of the log, read. */
export interface HistoryRow {
  line: number;
  reference: string;
  sopNumber: string;
  stepKey: string;
  role: PlatformRole | null;
  actor: string | null;
  startedAt: string | null;
  completedAt: string;
  decision: 'ya' | 'tidak' | null;
  note: string;
}

const LOCAL_FORMATS = ['yyyy-MM-dd HH:mm', 'yyyy-MM-dd HH:mm:ss', "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", 'dd/MM/yyyy HH:mm', 'dd-MM-yyyy HH:mm', 'd/M/yyyy HH:mm'];
const WITH_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/;

/** An instant: ISO 8601 with offset, or a local time of the dinas ("2026-03-02 08:00", "02/03/2026 08:00"). */
export function readInstant(text: string, calendar: DinasCalendar): string | null {
  const zone = resolveTimeZone(calendar.timeZone);
  if (WITH_OFFSET.test(text)) {
    const t = DateTime.fromISO(text, { setZone: true });
    return t.isValid ? (t.toUTC().toISO() as string) : null;
  }
  for (const format of LOCAL_FORMATS) {
    const t = DateTime.fromFormat(text, format, { zone });
    if (t.isValid) return t.toUTC().toISO() as string;
  }
  return null;
}

/** A role as written: a platform role (KASI, "kasi") or an SOP pelaksana text ("Kepala Bidang") mapped to one. */
export function readRole(text: string, mapping: RoleMapping = DEFAULT_ROLE_MAPPING): PlatformRole | null | undefined {
  if (text === '') return null;
  const code = text.toUpperCase().replace(/[\s-]+/g, '_');
  if (isPlatformRole(code)) return code;
  return platformRolesFor(mapping, text)[0];
}

type Problem = { line: number; column: string; message: string };

/** Reads one line; every problem names its column. */
export function readHistoryRow(line: HistoryLine, calendar: DinasCalendar): { row?: HistoryRow; problems: Problem[] } {
  const c = line.cells;
  const problems: Problem[] = [];
  const problem = (column: string, message: string) => problems.push({ line: line.line, column, message });
  for (const column of Object.keys(CELL_LIMITS) as HistoryColumn[]) {
    const text = c[column];
    const unsafe = unsafeTextReason(text);
    if (unsafe) problem(HISTORY_COLUMNS[column][0], unsafe);
    else if (text.length > CELL_LIMITS[column]) problem(HISTORY_COLUMNS[column][0], `paling panjang ${CELL_LIMITS[column]} karakter (${text.length})`);
  }
  if (problems.length > 0) return { problems };
  if (c.caseReference === '') problem('case reference', 'wajib diisi');
  if (c.sopNumber === '') problem('sop number', 'wajib diisi');
  let stepKey = '';
  if (/^\d+$/.test(c.stepNumber)) stepKey = `1.${Number(c.stepNumber)}`;
  else if (/^\d+\.\d+$/.test(c.stepNumber)) stepKey = c.stepNumber;
  else problem('step number', `"${c.stepNumber}" bukan nomor langkah (contoh: 4 atau 1.4)`);
  const role = readRole(c.role);
  if (role === undefined) problem('role', `peran "${c.role}" tidak dikenal`);
  const startedAt = c.startedAt === '' ? null : readInstant(c.startedAt, calendar);
  if (c.startedAt !== '' && startedAt === null) problem('started at', `"${c.startedAt}" bukan waktu (contoh: 2026-03-02 08:00)`);
  const completedAt = c.completedAt === '' ? null : readInstant(c.completedAt, calendar);
  if (c.completedAt === '') problem('completed at', 'wajib diisi');
  else if (completedAt === null) problem('completed at', `"${c.completedAt}" bukan waktu (contoh: 2026-03-02 15:00)`);
  const decision = c.decision.toLowerCase();
  if (decision !== '' && decision !== 'ya' && decision !== 'tidak') problem('decision', `"${c.decision}" harus "ya", "tidak" atau kosong`);
  if (problems.length > 0 || completedAt === null) return { problems };
  return {
    problems,
    row: {
      line: line.line,
      reference: c.caseReference,
      sopNumber: c.sopNumber,
      stepKey,
      role: role ?? null,
      actor: c.actor === '' ? null : c.actor,
      startedAt,
      completedAt,
      decision: decision === '' ? null : (decision as 'ya' | 'tidak'),
      note: c.note,
    },
  };
}
