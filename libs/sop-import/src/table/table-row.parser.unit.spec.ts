import { toSourceLines } from '../text/source-line';
import { classifyMark, markedColumns } from './role-mark.classifier';
import type { TableLayout } from './table-layout.parser';
import { classifyRow, splitRowCells } from './table-row.parser';

const line = (text: string) => toSourceLines(text)[0];

describe('classifyRow', () => {
  it('reads step rows ("1." and "1")', () => {
    expect(classifyRow(line('1.\tPersiapan kegiatan\t\t\t\tKomputer\t15 Menit\tPanitia\t'))).toEqual({ kind: 'step', no: 1 });
    expect(classifyRow(line('12\tPencetakan pengesahan\t\t\tDokumen\tN/A\tBerkas'))).toEqual({ kind: 'step', no: 12 });
  });

  it('tells rows where OCR merged several steps or the header into data', () => {
    expect(classifyRow(line('3 4\tPembentukan tim Penyiapan kertas kerja\tKEPALA\t3\t\tSK Tim\tWAKT 1 hari N/A 1 hari N/A\tSurat Tugas\tKET.')).kind).toBe('merged');
    expect(classifyRow(line('NO 1\tKEGIATAN Pembentukan tim\tKEPALA\t3\t\tKELENGKAPAN SK Tim\t1')).kind).toBe('merged');
    expect(classifyRow(line('1\tPembentukan tim\tKEPALA\t3\t\tSK Tim\tWAKT\tOUTPUT Surat Tugas\tKET.')).kind).toBe('merged');
    expect(classifyRow(line('2\tPembentukan tim\t\tSK Tim Dokumen\tWAKT 1 hari N/A\tSurat Tugas Berkas')).kind).toBe('merged');
  });

  it('tells continuation rows, sub-procedure titles, column numbers and debris', () => {
    expect(classifyRow(line('\tIdentifikasi peserta pelatihan\t\t\t\t\t'))).toEqual({ kind: 'continuation' });
    expect(classifyRow(line('<b>Penerimaan Penelitian</b>\t\t\t\t'))).toEqual({ kind: 'title' });
    expect(classifyRow(line('1\t2\t3\t\t4\t5\t6\t\t8\t9\t10'))).toEqual({ kind: 'columnNumbers' });
    expect(classifyRow(line('\t1\t1')).kind).toBe('junk');
    expect(classifyRow(line('mon\tgikuti program mki\tdoubl olbilib\t\t')).kind).toBe('junk');
  });
});

describe('splitRowCells', () => {
  const kalbar: TableLayout = { roles: ['Fungsional Umum', 'Pendamping PLUT', 'Kasubid', 'Kepala Bidang', 'Sekretaris', 'Kepala Dinas'], hasKelengkapan: true, line: 24 };

  it('splits a row that has every column', () => {
    expect(splitRowCells(line('1\tMenelaah Kegiatan\t\t\t\t\t\t\tRKA/DPA\t1 hari\tNota Dinas').cells, kalbar)).toEqual({
      activity: 'Menelaah Kegiatan',
      roleCells: ['', '', '', '', '', ''],
      strayRoleCells: [],
      kelengkapan: 'RKA/DPA',
      waktu: '1 hari',
      output: 'Nota Dinas',
      keterangan: '',
    });
  });

  it('finds the waktu by its content when a page lost the kelengkapan column, keeping role marks aligned', () => {
    const cells = splitRowCells(line('24\tMemerintahkan kepada Kasi\t\t\t○\t▭\t\t\t1 hari\tJadwal yang sudah digandakan').cells, kalbar);
    expect(cells.roleCells).toEqual(['', '', '○', '▭', '', '']);
    expect([cells.kelengkapan, cells.waktu, cells.output]).toEqual(['', '1 hari', 'Jadwal yang sudah digandakan']);
  });

  it('refuses to place marks when a row has fewer role cells than the header', () => {
    const layout: TableLayout = { roles: ['Kepala Dinas', 'Koperasi', 'Tim'], hasKelengkapan: true, line: 1 };
    const cells = splitRowCells(line('10\tCetak Sertifikat\t\t+\tSertifikat\t1 hari\tBerkas').cells, layout);
    expect(cells.roleCells).toBeNull();
    expect(cells.strayRoleCells).toEqual(['+']);
    expect(cells.kelengkapan).toBe('Sertifikat');
  });
});

describe('role marks', () => {
  it('classifies what survives of flowchart shapes', () => {
    expect(['▭', '○', '•', '+', '—', '_', 'Ya', 'tidak', '', '1 CHIOHOH'].map(classifyMark)).toEqual(['shape', 'connector', 'mark', 'mark', 'mark', 'mark', 'yes', 'no', 'none', 'text']);
  });

  it('prefers process shapes over connectors in one row', () => {
    expect(markedColumns(['', '', '○', '▭', '', ''])).toEqual([3]);
    expect(markedColumns(['', '•', '', ''])).toEqual([1]);
    expect(markedColumns(['', 'Ya', 'Tidak'])).toEqual([]);
  });
});
