import ExcelJS from 'exceljs';
import { evaluationSheet, linesIn, monitoringSheet, normaliseZipTimestamps, renderReport, sheetToXlsx } from './index';
import { xlsxCanonicalDump } from './testing/xlsx-canonical-dump';
import { evaluationFormKalbar, monitoringFormJatimEmpty, monitoringFormKalbar, printJatim, printKalbar, saveOutput } from './testing/report.fixtures';

async function readBack(xlsx: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0];
}

const text = (ws: ExcelJS.Worksheet, address: string): string => {
  const value = ws.getCell(address).value;
  if (value && typeof value === 'object' && 'richText' in value) return value.richText.map((p) => p.text).join('');
  return String(value ?? '');
};

/** Every zip entry's DOS date and time, from the central directory. */
function zipStamps(zip: Buffer): Array<[number, number]> {
  let eocd = zip.length - 22;
  while (zip.readUInt32LE(eocd) !== 0x06054b50) eocd -= 1;
  const stamps: Array<[number, number]> = [];
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < zip.readUInt16LE(eocd + 10); i += 1) {
    stamps.push([zip.readUInt16LE(at + 14), zip.readUInt16LE(at + 12)]);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return stamps;
}

/** Runs `work` with the wall clock (Date only; timers stay real) set to `now`. */
async function at<T>(now: string, work: () => Promise<T>): Promise<T> {
  jest.useFakeTimers({ now: new Date(now), doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] });
  try {
    return await work();
  } finally {
    jest.useRealTimers();
  }
}

describe('XLSX', () => {
  const sheet = monitoringSheet(monitoringFormKalbar(), printKalbar());
  let xlsx: Buffer;
  let ws: ExcelJS.Worksheet;

  beforeAll(async () => {
    xlsx = await sheetToXlsx(sheet);
    saveOutput('monitoring-kalbar.xlsx', xlsx);
    ws = await readBack(xlsx);
  });

  it('heads the sheet with the letterhead and the title merged across the table', () => {
    expect(ws.name).toBe('Monitoring SOP');
    expect(text(ws, 'A1')).toBe('PEMERINTAH PROVINSI KALIMANTAN BARAT');
    expect(text(ws, 'A2')).toBe('DINAS KOPERASI, USAHA KECIL DAN MENENGAH PROVINSI KALIMANTAN BARAT');
    expect(text(ws, 'A3')).toBe('Jalan Sutan Syahrir No. 1, Pontianak 78116 — Telepon (0561) 736 541');
    expect(text(ws, 'A5')).toBe('FORMULIR MONITORING PELAKSANAAN SOP AP');
    for (const row of [1, 2, 3, 5]) {
      expect(ws.getCell(`F${row}`).isMerged).toBe(true);
      expect(ws.getCell(`F${row}`).master.address).toBe(`A${row}`);
    }
    expect(ws.getCell('A2').font).toMatchObject({ name: 'Arial', bold: true, size: 14 });
    expect(ws.getCell('A5').alignment).toMatchObject({ horizontal: 'center' });
    expect(ws.getCell('C3').border?.bottom?.style).toBe('double');
  });

  it('has the identity box', () => {
    expect([7, 8, 9, 10, 11].map((r) => [text(ws, `A${r}`), text(ws, `C${r}`)])).toEqual([
      ['Nama SOP', 'Penerbitan SK Panitia Kegiatan PLUT'],
      ['Nomor SOP', '518 / 917 / KUKRU - IV - 1'],
      ['Versi', '2'],
      ['Unit Kerja', 'Bidang Pemberdayaan Usaha Kecil'],
      ['Periode Monitoring', '1 Januari 2025 s.d. 30 Juni 2025'],
    ]);
    expect(ws.getCell('B7').master.address).toBe('A7');
    expect(ws.getCell('F7').master.address).toBe('C7');
  });

  it('has the table: two header rows with the grouped penilaian, bordered wrapped cells, widths and heights', () => {
    expect(['A', 'B', 'C', 'E', 'F'].map((c) => text(ws, `${c}13`))).toEqual(['No', 'Prosedur', 'Penilaian terhadap penerapan', 'Catatan hasil penilaian', 'Tindakan yang harus diambil']);
    expect(ws.getCell('D13').master.address).toBe('C13');
    expect(ws.getCell('A14').master.address).toBe('A13');
    expect([text(ws, 'C14'), text(ws, 'D14')]).toEqual(['Berjalan dengan baik', 'Tidak berjalan dengan baik']);
    expect(ws.getCell('C14').font).toMatchObject({ bold: true });
    expect(ws.getCell('C14').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } });

    const rows = [15, 16, 17, 18, 19].map((r) => [ws.getCell(`A${r}`).value, text(ws, `B${r}`), text(ws, `C${r}`), text(ws, `D${r}`)]);
    expect(rows).toEqual([
      [1, 'Menyusun draf SK Panitia', '', '✓'],
      [2, 'Mengetik konsep SK sesuai arahan Kasi', '', '✓'],
      [3, 'Mengoreksi konsep SK; jika benar diparaf', '', '✓'],
      [4, 'Menandatangani SK Panitia', '✓', ''],
      [5, 'Mengarsipkan SK Panitia', '✓', ''],
    ]);
    expect(text(ws, 'E18')).toBe('Dilaksanakan 2 kali; tepat waktu 2 dari 2 (100%); median 0,59 hari kerja, persentil ke-90 1 hari kerja.');
    const cell = ws.getCell('E15');
    expect(cell.alignment).toMatchObject({ wrapText: true, vertical: 'top', horizontal: 'left' });
    expect(['top', 'left', 'bottom', 'right'].map((side) => cell.border?.[side as 'top']?.style)).toEqual(['thin', 'thin', 'thin', 'thin']);
    expect(ws.getCell('C18').alignment?.horizontal).toBe('center');
    expect(ws.columns.map((c) => c.width)).toEqual([5, 38, 12, 12, 56, 46]);
    // Row 15's tindakan has three texts: its height fits them (more than one line of 16 points).
    expect(ws.getRow(15).height).toBeGreaterThan(4 * 13);
    expect(ws.getRow(18).height).toBeLessThan(ws.getRow(15).height);
  });

  it('states the rule under the table and ends with the signature block', () => {
    expect(text(ws, 'A21')).toMatch(/^Dasar penilaian: Penilaian diisi otomatis dari data pelaksanaan/);
    expect(ws.getCell('F21').master.address).toBe('A21');
    expect(text(ws, 'A22')).toMatch(/^Rekapitulasi: 5 prosedur/);
    expect(text(ws, 'E24')).toBe('Pontianak, 7 Juli 2025');
    expect([text(ws, 'A25'), text(ws, 'E25')]).toEqual(['Mengetahui,', 'Pelaksana Monitoring,']);
    expect([text(ws, 'A26'), text(ws, 'E26')]).toEqual(['Kepala Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat', 'Kepala Bidang Pemberdayaan Usaha Kecil']);
    expect([text(ws, 'A30'), text(ws, 'E30')]).toEqual(['Ir. ANSFRIDUS J. ANDJIOE, ME', 'Dra. Siti Rahmawati, M.Si.']);
    expect(ws.getCell('A30').font).toMatchObject({ bold: true, underline: true });
    expect([text(ws, 'A31'), text(ws, 'E31')]).toEqual(['Pembina Utama Muda (IV/c)', 'Pembina (IV/a)']);
    expect([text(ws, 'A32'), text(ws, 'E32')]).toEqual(['NIP. 19660719 199311 1 002', 'NIP. 19720315 199803 2 004']);
  });

  it('prints on A4 landscape, one page wide, with the header rows repeated and page numbers', () => {
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printArea: 'A1:F32',
      printTitlesRow: '13:14',
    });
    expect(ws.headerFooter.oddFooter).toBe('&L&"Arial"&8Formulir Monitoring Pelaksanaan SOP AP — Penerbitan SK Panitia Kegiatan PLUT&R&"Arial"&8Halaman &P dari &N');
  });

  it('is reproducible byte for byte: fixed workbook dates and zip timestamps from the report date', async () => {
    const morning = await at('2031-03-04T01:02:03Z', () => sheetToXlsx(sheet));
    const evening = await at('2033-11-20T19:59:58Z', () => sheetToXlsx(sheet));
    expect(morning.equals(evening)).toBe(true);
    expect(morning.equals(xlsx)).toBe(true);
    // 7 July 2025 as a DOS date, 00:00:00, on every entry.
    const dosDate = ((2025 - 1980) << 9) | (7 << 5) | 7;
    expect(new Set(zipStamps(xlsx).map(([d, t]) => `${d}:${t}`))).toEqual(new Set([`${dosDate}:0`]));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    expect([workbook.creator, workbook.created?.toISOString(), workbook.modified?.toISOString()]).toEqual(['Jejak', '2025-07-07T00:00:00.000Z', '2025-07-07T00:00:00.000Z']);
  });

  it('dumps what a reader sees as stable JSON, to compare workbooks whose bytes differ', async () => {
    const dump = await xlsxCanonicalDump(xlsx);
    const restamped = normaliseZipTimestamps(xlsx, '2030-01-01');
    expect(restamped.equals(xlsx)).toBe(false);
    expect(await xlsxCanonicalDump(restamped)).toBe(dump);
    const parsed = JSON.parse(dump);
    expect(parsed.sheets[0].pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '13:14' });
    expect(parsed.sheets[0].merges).toContain('A1:F1');
    const other = await xlsxCanonicalDump(await sheetToXlsx(monitoringSheet(monitoringFormKalbar(), { ...printKalbar(), tempat: 'Singkawang' })));
    expect(other).not.toBe(dump);
  });

  it('writes the evaluation form with Ya / Tidak under "Penilaian" and the letterhead of another dinas', async () => {
    const evaluation = await readBack(await sheetToXlsx(evaluationSheet(evaluationFormKalbar(), printKalbar())));
    expect(evaluation.name).toBe('Evaluasi SOP');
    expect(text(evaluation, 'A5')).toBe('FORMULIR EVALUASI PENERAPAN SOP AP');
    expect([text(evaluation, 'C13'), text(evaluation, 'C14'), text(evaluation, 'D14'), text(evaluation, 'G13')]).toEqual(['Penilaian', 'Ya', 'Tidak', 'Data Pendukung (hasil pengukuran)']);
    expect([15, 16, 17].map((r) => [text(evaluation, `B${r}`), text(evaluation, `C${r}`), text(evaluation, `D${r}`)])).toEqual([
      ['Mampu mendorong peningkatan kinerja', '✓', ''],
      ['Mudah dipahami', '✓', ''],
      ['Mudah dilaksanakan', '', '✓'],
    ]);
    const jatim = await readBack((await renderReport({ kind: 'monitoring', form: monitoringFormJatimEmpty() }, 'xlsx', printJatim())).body);
    expect(text(jatim, 'A1')).toBe('PEMERINTAH PROVINSI JAWA TIMUR');
    // No address line: the title follows the dinas name after one empty row.
    expect(text(jatim, 'A4')).toBe('FORMULIR MONITORING PELAKSANAAN SOP AP');
  });

  it('estimates wrapped lines by whole words', () => {
    expect(linesIn('', 10)).toBe(1);
    expect(linesIn('satu dua', 10)).toBe(1);
    expect(linesIn('satu dua tiga empat lima', 10)).toBe(3);
    expect(linesIn('a\nb', 10)).toBe(2);
    expect(linesIn('x'.repeat(30), 10)).toBe(3);
  });
});
