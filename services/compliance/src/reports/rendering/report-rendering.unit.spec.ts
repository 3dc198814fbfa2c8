import { BUNDLED_FONT_STACK } from '@jejak/pdf';
import type { EvaluationForm, MonitoringForm } from '../../domain';
import {
  contentDisposition,
  csvField,
  evaluationFormCsv,
  evaluationFormJson,
  evaluationSheet,
  formatNip,
  formatPeriode,
  formatTanggal,
  footerTemplate,
  monitoringFormCsv,
  monitoringFormJson,
  monitoringSheet,
  pemerintahOf,
  renderReport,
  sheetToHtml,
  slug,
} from './index';
import { evaluationFormKalbar, monitoringFormKalbar, printJatim, printKalbar } from './testing/report.fixtures';

/** A form with every kind of awkward text a CSV or an HTML page must survive. */
const trickyForm = (): MonitoringForm => ({
  judul: 'Formulir Monitoring Pelaksanaan SOP AP',
  sop: {
    sopId: 'sop-1',
    version: 3,
    nomor: '000.8/12/DISKOP, 2025',
    nama: 'SOP "Surat Masuk" <Agenda>',
    instansi: 'Dinas Koperasi, Usaha Mikro dan Perindustrian Kabupaten Pacitan',
    unit: 'Sekretariat',
  },
  periode: { dari: '2025-01-01', sampai: '2025-06-30' },
  aturanPenilaian: 'Aturan penilaian.',
  rows: [
    { no: 1, stepKey: '1.1', prosedur: 'Menerima surat, mencatat di "Buku Agenda"', penilaian: 'Berjalan dengan baik', catatanHasilPenilaian: 'Baris satu\nBaris dua', tindakanYangHarusDiambil: 'Pertahankan.' },
    { no: 2, stepKey: '1.2', prosedur: '=HYPERLINK("http://x")', penilaian: null, catatanHasilPenilaian: '-', tindakanYangHarusDiambil: '-5' },
    { no: 3, stepKey: '1.3', prosedur: '<script>alert(1)</script>', penilaian: 'Tidak berjalan dengan baik', catatanHasilPenilaian: '@SUM(A1)', tindakanYangHarusDiambil: '+ tambah' },
  ],
});

describe('Indonesian print helpers', () => {
  it('writes dates and periods as forms do', () => {
    expect(formatTanggal('2025-07-07')).toBe('7 Juli 2025');
    expect(formatPeriode({ dari: '2025-01-01', sampai: '2025-06-30' })).toBe('1 Januari 2025 s.d. 30 Juni 2025');
    expect(() => formatTanggal('07/07/2025')).toThrow('not a date');
  });

  it('groups an 18-digit NIP and leaves anything else as written', () => {
    expect(formatNip('196607191993111002')).toBe('19660719 199311 1 002');
    expect(formatNip('19660719 199311 1 002')).toBe('19660719 199311 1 002');
    expect(formatNip('196806101992021')).toBe('196806101992021');
  });

  it('derives the letterhead line from the dinas name', () => {
    expect(pemerintahOf('Dinas Koperasi dan UKM Provinsi Jawa Timur')).toBe('PEMERINTAH PROVINSI JAWA TIMUR');
    expect(pemerintahOf('DINAS KOPERASI, USAHA MIKRO DAN PERINDUSTRIAN KABUPATEN PACITAN')).toBe('PEMERINTAH KABUPATEN PACITAN');
    expect(pemerintahOf('Dinas Koperasi Kota  Pontianak')).toBe('PEMERINTAH KOTA PONTIANAK');
    expect(pemerintahOf('Dinas Koperasi')).toBeNull();
  });

  it('makes ASCII file names', () => {
    expect(slug('518 / 917 / KUKRU - IV - 1')).toBe('518-917-kukru-iv-1');
    expect(slug('Pengelolaan Layanan Informasi & Dokumentasi — é')).toBe('pengelolaan-layanan-informasi-dokumentasi-e');
    expect(slug('///')).toBe('sop');
  });
});

describe('CSV (RFC 4180, comma, UTF-8 with BOM, CRLF)', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(monitoringFormCsv(trickyForm())).toBe(
      '\uFEFFNo,Kode Langkah,Prosedur,Penilaian terhadap penerapan,Catatan hasil penilaian,Tindakan yang harus diambil\r\n' +
        '1,1.1,"Menerima surat, mencatat di ""Buku Agenda""",Berjalan dengan baik,"Baris satu\nBaris dua",Pertahankan.\r\n' +
        `2,1.2,"'=HYPERLINK(""http://x"")",,-,-5\r\n` +
        "3,1.3,<script>alert(1)</script>,Tidak berjalan dengan baik,'@SUM(A1),'+ tambah\r\n",
    );
  });

  it('escapes single fields', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(12)).toBe('12');
    expect(csvField('a "b"')).toBe('"a ""b"""');
    expect(csvField('-')).toBe('-');
    expect(csvField('-0,75')).toBe('"-0,75"');
    expect(csvField('=1+1')).toBe("'=1+1");
  });

  it('writes the evaluation form, one record per criterion', () => {
    expect(evaluationFormCsv(evaluationFormKalbar())).toBe(
      '\uFEFFNo,Kriteria Penilaian,Penilaian,Catatan,Tindak Lanjut,Data Pendukung\r\n' +
        '1,Mampu mendorong peningkatan kinerja,Ya,Waktu penerbitan SK lebih terukur.,,"Tepat waktu 7 dari 11 pelaksanaan langkah (63,6%); 2 dari 4 kasus selesai."\r\n' +
        '2,Mudah dipahami,Ya,,,\r\n' +
        '3,Mudah dilaksanakan,Tidak,Koreksi konsep SK sering diulang.,Revisi langkah 3: tambahkan daftar periksa konsep SK.,"Kesesuaian alur (fitness) rata-rata 0,9; langkah dilewati 1 kali, di luar urutan 0 kali; pengulangan (rework) 1 kali."\r\n' +
        '4,Semua orang dapat menjalankan perannya masing-masing,Ya,,,Dikerjakan di luar kolom pelaksana SOP 1 dari 13 pelaksanaan langkah.\r\n' +
        '5,Mampu mengatasi permasalahan yang berkaitan dengan proses,,,,\r\n' +
        '6,Mampu menjawab kebutuhan peningkatan kinerja organisasi,,,,\r\n',
    );
  });

  it('writes the monitoring form of measured figures', () => {
    const lines = monitoringFormCsv(monitoringFormKalbar()).split('\r\n');
    expect(lines).toHaveLength(7); // BOM + header, 5 steps, and the empty string after the last CRLF
    expect(lines[4]).toBe('4,1.4,Menandatangani SK Panitia,Berjalan dengan baik,"Dilaksanakan 2 kali; tepat waktu 2 dari 2 (100%); median 0,59 hari kerja, persentil ke-90 1 hari kerja.",Pertahankan pelaksanaan sesuai SOP.');
    expect(lines[6]).toBe('');
  });
});

describe('JSON (stable key order)', () => {
  it('writes the form in document order with the signing details', () => {
    expect(monitoringFormJson(trickyForm(), printJatim())).toBe(`{
  "format": "jejak.compliance.formulir-monitoring.v1",
  "judul": "Formulir Monitoring Pelaksanaan SOP AP",
  "sop": {
    "sopId": "sop-1",
    "version": 3,
    "nomor": "000.8/12/DISKOP, 2025",
    "nama": "SOP \\"Surat Masuk\\" <Agenda>",
    "instansi": "Dinas Koperasi, Usaha Mikro dan Perindustrian Kabupaten Pacitan",
    "unit": "Sekretariat"
  },
  "periode": {
    "dari": "2025-01-01",
    "sampai": "2025-06-30"
  },
  "aturanPenilaian": "Aturan penilaian.",
  "rows": [
    {
      "no": 1,
      "stepKey": "1.1",
      "prosedur": "Menerima surat, mencatat di \\"Buku Agenda\\"",
      "penilaian": "Berjalan dengan baik",
      "catatanHasilPenilaian": "Baris satu\\nBaris dua",
      "tindakanYangHarusDiambil": "Pertahankan."
    },
    {
      "no": 2,
      "stepKey": "1.2",
      "prosedur": "=HYPERLINK(\\"http://x\\")",
      "penilaian": null,
      "catatanHasilPenilaian": "-",
      "tindakanYangHarusDiambil": "-5"
    },
    {
      "no": 3,
      "stepKey": "1.3",
      "prosedur": "<script>alert(1)</script>",
      "penilaian": "Tidak berjalan dengan baik",
      "catatanHasilPenilaian": "@SUM(A1)",
      "tindakanYangHarusDiambil": "+ tambah"
    }
  ],
  "penandatanganan": {
    "tempat": "Surabaya",
    "tanggal": "2025-07-01",
    "mengetahui": {
      "jabatan": "Kepala Dinas Koperasi dan UKM Provinsi Jawa Timur",
      "nama": "Dr. Andromeda Qomariah, M.M.",
      "nip": null,
      "pangkat": null
    },
    "penilai": null
  }
}
`);
  });

  it('gives the same bytes whatever the key order of its input', () => {
    const form = trickyForm();
    const shuffled = JSON.parse(JSON.stringify({ rows: form.rows.map((r) => Object.fromEntries(Object.entries(r).reverse())), periode: { sampai: form.periode.sampai, dari: form.periode.dari }, aturanPenilaian: form.aturanPenilaian, sop: form.sop, judul: form.judul })) as MonitoringForm;
    expect(monitoringFormJson(shuffled)).toBe(monitoringFormJson(form));
  });

  it('writes the evaluation form with its score', () => {
    const json = JSON.parse(evaluationFormJson(evaluationFormKalbar(), printKalbar()));
    expect(Object.keys(json)).toEqual(['format', 'judul', 'sop', 'periode', 'rows', 'skor', 'penandatanganan']);
    expect(Object.keys(json.rows[0])).toEqual(['no', 'criterionId', 'kriteria', 'penilaian', 'catatan', 'tindakLanjut', 'dataPendukung']);
    expect(json.skor).toEqual({ ya: 3, dijawab: 4, jumlahKriteria: 6, persentaseYa: 0.75, keterangan: expect.stringContaining('konvensi umum') });
    expect(json.penandatanganan.penilai).toMatchObject({ nama: 'Dra. Siti Rahmawati, M.Si.', nip: '197203151998032004', sebagai: null });
  });
});

describe('the printed layout (sheet)', () => {
  it('lays out the monitoring form with the regulation columns and ticks the penilaian', () => {
    const sheet = monitoringSheet(monitoringFormKalbar(), printKalbar());
    expect(sheet.judul).toBe('FORMULIR MONITORING PELAKSANAAN SOP AP');
    expect(sheet.kop).toEqual({
      pemerintah: 'PEMERINTAH PROVINSI KALIMANTAN BARAT',
      instansi: 'DINAS KOPERASI, USAHA KECIL DAN MENENGAH PROVINSI KALIMANTAN BARAT',
      alamat: 'Jalan Sutan Syahrir No. 1, Pontianak 78116 — Telepon (0561) 736 541',
    });
    expect(sheet.identitas).toEqual([
      { label: 'Nama SOP', value: 'Penerbitan SK Panitia Kegiatan PLUT' },
      { label: 'Nomor SOP', value: '518 / 917 / KUKRU - IV - 1' },
      { label: 'Versi', value: '2' },
      { label: 'Unit Kerja', value: 'Bidang Pemberdayaan Usaha Kecil' },
      { label: 'Periode Monitoring', value: '1 Januari 2025 s.d. 30 Juni 2025' },
    ]);
    expect(sheet.columns.map((c) => [c.group ?? null, c.header])).toEqual([
      [null, 'No'],
      [null, 'Prosedur'],
      ['Penilaian terhadap penerapan', 'Berjalan dengan baik'],
      ['Penilaian terhadap penerapan', 'Tidak berjalan dengan baik'],
      [null, 'Catatan hasil penilaian'],
      [null, 'Tindakan yang harus diambil'],
    ]);
    expect(sheet.rows.map((r) => [r.no, r.baik, r.tidakBaik])).toEqual([
      ['1', '', '✓'],
      ['2', '', '✓'],
      ['3', '', '✓'],
      ['4', '✓', ''],
      ['5', '✓', ''],
    ]);
    expect(sheet.catatan[1].text).toBe('5 prosedur: 2 berjalan dengan baik, 3 tidak berjalan dengan baik, 0 belum dinilai (tidak ada pelaksanaan pada periode ini; diisi oleh penilai).');
    expect(sheet.fileStem).toBe('monitoring-sop-518-917-kukru-iv-1-v2-2025-01-01_2025-06-30');
  });

  it('signs "Mengetahui, Kepala Dinas" on the left when a penilai signs on the right with place and date', () => {
    const { tandaTangan } = monitoringSheet(monitoringFormKalbar(), printKalbar());
    expect(tandaTangan).toEqual({
      tempatTanggal: 'Pontianak, 7 Juli 2025',
      left: {
        caption: 'Mengetahui,',
        jabatan: 'Kepala Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat',
        nama: 'Ir. ANSFRIDUS J. ANDJIOE, ME',
        pangkat: 'Pembina Utama Muda (IV/c)',
        nipLine: 'NIP. 19660719 199311 1 002',
      },
      right: { caption: 'Pelaksana Monitoring,', jabatan: 'Kepala Bidang Pemberdayaan Usaha Kecil', nama: 'Dra. Siti Rahmawati, M.Si.', pangkat: 'Pembina (IV/a)', nipLine: 'NIP. 19720315 199803 2 004' },
    });
  });

  it('puts the Kepala Dinas under the place and date when nobody else signs, with a dotted NIP when unknown', () => {
    const { tandaTangan } = monitoringSheet(trickyForm(), printJatim());
    expect(tandaTangan.left).toBeNull();
    expect(tandaTangan.right).toEqual({
      caption: 'Mengetahui,',
      jabatan: 'Kepala Dinas Koperasi dan UKM Provinsi Jawa Timur',
      nama: 'Dr. Andromeda Qomariah, M.M.',
      pangkat: null,
      nipLine: 'NIP. ..............................',
    });
  });

  it('lays out the evaluation form with Ya / Tidak and the score', () => {
    const sheet = evaluationSheet(evaluationFormKalbar(), { ...printKalbar(), penilai: { ...printKalbar().penilai!, sebagai: 'Ketua Tim Evaluasi' } });
    expect(sheet.rows.map((r) => [r.no, r.ya, r.tidak])).toEqual([
      ['1', '✓', ''],
      ['2', '✓', ''],
      ['3', '', '✓'],
      ['4', '✓', ''],
      ['5', '', ''],
      ['6', '', ''],
    ]);
    expect(sheet.catatan[0].text).toMatch(/^3 dari 4 kriteria yang dinilai dijawab "Ya" \(75%\); 2 dari 6 kriteria belum dinilai\./);
    expect(sheet.tandaTangan.right.caption).toBe('Ketua Tim Evaluasi,');
    expect(sheet.identitas[4]).toEqual({ label: 'Periode Evaluasi', value: '1 Januari 2025 s.d. 30 Juni 2025' });
  });

  it('says when no criterion is answered yet', () => {
    const form: EvaluationForm = { ...evaluationFormKalbar(), skor: { ya: 0, dijawab: 0, jumlahKriteria: 6, persentaseYa: null, keterangan: 'K.' } };
    expect(evaluationSheet(form, printJatim()).catatan[0].text).toBe('Belum ada kriteria yang dinilai (0 dari 6). K.');
  });
});

describe('HTML', () => {
  it('escapes every text and has no script or external resource', () => {
    const html = sheetToHtml(monitoringSheet(trickyForm(), printJatim()));
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('SOP &quot;Surat Masuk&quot; &lt;Agenda&gt;');
    expect(html).not.toMatch(/<script|<link|src=/i);
    // The only url() is the bundled font, inlined: nothing is fetched, no system font is needed.
    const urls = html.match(/url\([^)]*\)/gi) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => !url.startsWith('url(data:font/woff2;base64,'))).toEqual([]);
    expect(html).toContain('Baris satu<br>Baris dua');
  });

  it('sets every text in the bundled font and draws the ticks', () => {
    const sheet = monitoringSheet(monitoringFormKalbar(), printKalbar());
    const html = sheetToHtml(sheet);
    expect(html).toContain(`font-family: ${BUNDLED_FONT_STACK};`);
    expect(html).not.toMatch(/Arial|Liberation|DejaVu/);
    expect(html.match(/@font-face \{ font-family: 'Arimo'/g)).toHaveLength(4);
    const ticks = sheet.rows.flatMap((row) => [row.baik, row.tidakBaik]).filter((cell) => cell === '✓').length;
    expect(html.match(/<td class="check"><svg class="centang" role="img" aria-label="✓"/g)).toHaveLength(ticks);
    expect(html).not.toMatch(/>✓</);
    expect(footerTemplate(sheet)).toMatch(/^<style>@font-face \{ font-family: 'Arimo'.*<\/style><div style="font-family: &#39;Arimo&#39;, sans-serif;/s);
  });

  it('has the grouped header, column numbers, A4 landscape page and the signature block', () => {
    const html = sheetToHtml(monitoringSheet(monitoringFormKalbar(), printKalbar()));
    expect(html).toContain('<th rowspan="2" scope="col">Prosedur</th>');
    expect(html).toContain('<th colspan="2" scope="colgroup">Penilaian terhadap penerapan</th>');
    expect(html).toContain('<td>(6)</td>');
    expect(html).toContain('@page { size: A4 landscape;');
    expect(html).toContain('Pontianak, 7 Juli 2025');
    expect(html).toContain('<span class="nama">Ir. ANSFRIDUS J. ANDJIOE, ME</span>');
    expect(html).toContain('NIP. 19660719 199311 1 002');
  });

  it('is the same for the same form (what to compare when checking a rebuild)', () => {
    expect(sheetToHtml(monitoringSheet(monitoringFormKalbar(), printKalbar()))).toBe(sheetToHtml(monitoringSheet(monitoringFormKalbar(), printKalbar())));
  });
});

describe('renderReport', () => {
  it('names the file and its content type per format', async () => {
    const report = { kind: 'monitoring' as const, form: monitoringFormKalbar() };
    const csv = await renderReport(report, 'csv', printKalbar());
    expect(csv).toMatchObject({ format: 'csv', contentType: 'text/csv; charset=utf-8; header=present', fileName: 'monitoring-sop-518-917-kukru-iv-1-v2-2025-01-01_2025-06-30.csv' });
    expect(csv.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const json = await renderReport({ kind: 'evaluation', form: evaluationFormKalbar() }, 'json', printKalbar());
    expect(json).toMatchObject({ contentType: 'application/json; charset=utf-8', fileName: 'evaluasi-sop-518-917-kukru-iv-1-v2-2025-01-01_2025-06-30.json' });
    expect(JSON.parse(json.body.toString('utf8')).format).toBe('jejak.compliance.formulir-evaluasi.v1');
    const html = await renderReport(report, 'html', printKalbar());
    expect(html.contentType).toBe('text/html; charset=utf-8');
    expect(contentDisposition(csv.fileName)).toBe('attachment; filename="monitoring-sop-518-917-kukru-iv-1-v2-2025-01-01_2025-06-30.csv"');
  });
});
