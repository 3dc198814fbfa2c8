import { createDinasCalendar } from '@jejak/working-time';
import { readHistoryCsv } from './case-history.csv-reader';
import { readHistoryRow, readInstant, readRole } from './case-history.row-parser';

const wib = createDinasCalendar({ timeZone: 'WIB', holidays: [] });
const wita = createDinasCalendar({ timeZone: 'WITA', holidays: [] });

describe('readHistoryCsv', () => {
  it('reads Indonesian headers, semicolons, quoted fields and keeps line numbers (blank lines skipped)', () => {
    const text = '\uFEFFReferensi Kasus;Nomor SOP;Langkah;Jabatan;Pelaksana;Mulai;Selesai;Keputusan;Catatan\r\nKP-1;27/SOP;1;STAF;Eko;;2025-07-07 10:00;;"hlm. 3; kiri"\r\n\r\nKP-1;27/SOP;2;KASI;;;2025-07-08 10:00;ya;\r\n';
    const { lines, problems } = readHistoryCsv(text);
    expect(problems).toEqual([]);
    expect(lines.map((l) => [l.line, l.cells.caseReference, l.cells.stepNumber, l.cells.note, l.cells.decision])).toEqual([
      [2, 'KP-1', '1', 'hlm. 3; kiri', ''],
      [4, 'KP-1', '2', '', 'ya'],
    ]);
  });

  it('names the missing required columns, and an empty file', () => {
    expect(readHistoryCsv('case reference,role\nKP-1,STAF').problems.map((p) => p.message)).toEqual([
      'baris 1: kolom "sop number" tidak ada pada judul kolom',
      'baris 1: kolom "step number" tidak ada pada judul kolom',
      'baris 1: kolom "completed at" tidak ada pada judul kolom',
    ]);
    expect(readHistoryCsv('  ').problems).toEqual([{ field: 'file', message: 'berkas CSV kosong' }]);
  });
});

describe('reading a line', () => {
  it('reads local times in the dinas zone, and ISO instants as they are', () => {
    expect(readInstant('2025-07-07 08:00', wib)).toBe('2025-07-07T01:00:00.000Z');
    expect(readInstant('07/07/2025 08:00', wita)).toBe('2025-07-07T00:00:00.000Z');
    expect(readInstant('2025-07-07T08:00:00+09:00', wib)).toBe('2025-07-06T23:00:00.000Z');
    expect(readInstant('kemarin', wib)).toBeNull();
  });

  it('reads platform roles and SOP pelaksana texts; unknown is undefined, empty is null', () => {
    expect([readRole('kasi'), readRole('Kepala Bidang'), readRole('Fungsional Umum'), readRole(''), readRole('Lurah')]).toEqual(['KASI', 'KEPALA_BIDANG', 'STAF', null, undefined]);
  });

  it('reads step numbers as "4" or "1.4" and names each bad column', () => {
    const cells = { caseReference: 'KP-1', sopNumber: '27/SOP', stepNumber: '4', role: '', actor: '', startedAt: '', completedAt: '2025-07-07 10:00', decision: 'Ya', note: '' };
    expect(readHistoryRow({ line: 2, cells }, wib).row).toMatchObject({ stepKey: '1.4', decision: 'ya', role: null, startedAt: null });
    const bad = readHistoryRow({ line: 3, cells: { ...cells, stepNumber: 'empat', completedAt: '', decision: 'mungkin' } }, wib);
    expect(bad.row).toBeUndefined();
    expect(bad.problems.map((p) => p.column)).toEqual(['step number', 'completed at', 'decision']);
  });
});
