import { importSopBook } from '@jejak/sop-import';
import { formatReport, formatWaktu } from './report.formatter';

describe('formatWaktu', () => {
  it.each([
    [{ raw: '15 Menit', min: 15, max: 15, unit: 'menit', ceiling: false }, '15 menit'],
    [{ raw: '2-4 hari', min: 2, max: 4, unit: 'hari', ceiling: false }, '2–4 hari'],
    [{ raw: 'Maksimal 1 hari', min: null, max: 1, unit: 'hari', ceiling: true }, 'maks. 1 hari'],
    [{ raw: 'Minimal 2 hari', min: 2, max: null, unit: 'hari', ceiling: false }, 'min. 2 hari'],
    [{ raw: 'N/A', min: null, max: null, unit: null, ceiling: false }, 'tanpa standar'],
  ] as const)('shows %j as "%s"', (waktu, text) => {
    expect(formatWaktu(waktu)).toBe(text);
  });
});

describe('formatReport', () => {
  const text = [
    ['', 'Nomor SOP', ':', '000.8/7/2024'].join('\t'),
    ['', 'Tanggal Efektif', ':', '3 Januari 2024'].join('\t'),
    ['', 'Nama SOP', ':', 'Surat Masuk'].join('\t'),
    '',
    ['No', 'Kegiatan', 'Petugas', 'Kepala Dinas', 'Kelengkapan', 'Waktu', 'Output', 'Keterangan'].join('\t'),
    ['1.', 'Petugas mencatat surat masuk', '', '', 'Surat, Buku agenda', '15 Menit', 'Surat tercatat', ''].join('\t'),
    ['2.', 'Memeriksa surat, jika benar diteruskan', '', '', '', 'Maksimal 1 hari', 'Disposisi', ''].join('\t'),
  ].join('\n');
  const output = formatReport(importSopBook(text, { dinas: '35.01', source: 'surat-masuk.txt' }));

  it('shows the identity fields read, every step with roles, waktu raw → normalised and output', () => {
    const lines = output.split('\n');
    expect(lines[0]).toBe('Impor SOP: surat-masuk.txt (dinas 35.01)');
    expect(lines).toContain('SOP 1/1: Surat Masuk  [baris 1]');
    expect(lines).toContain('  Nomor SOP                : 000.8/7/2024');
    expect(lines).toContain('    Tanggal efektif          : 2024-01-03');
    expect(lines).toContain('  Prosedur 1: Surat Masuk — 2 langkah; pelaksana: Petugas, Kepala Dinas');
    expect(lines).toContain('     1. Petugas mencatat surat masuk  [baris 6]');
    expect(lines).toContain('        pelaksana: Petugas | waktu: "15 Menit" → 15 menit | output: Surat tercatat');
    expect(lines).toContain('        kelengkapan: Surat; Buku agenda');
    expect(lines).toContain('        pelaksana: - | waktu: "Maksimal 1 hari" → maks. 1 hari | output: Disposisi');
    expect(lines).toContain('        keputusan: Memeriksa surat: benar? ya → ?, tidak → ?');
  });

  it('lists the warnings with their line numbers and ends with a summary', () => {
    const warnings = output.split('\n').filter((line) => line.startsWith('    baris '));
    expect(warnings).toEqual([
      '    baris 1: Instansi tidak ditemukan',
      '    baris 1: Disahkan oleh tidak ada di blok identitas; isi pengesah (nama, NIP, jabatan) sebelum SOP diajukan',
      '    baris 7: Langkah 2: pelaksana tidak terbaca (tanda di kolom pelaksana hilang); dibiarkan kosong',
      '    baris 7: Langkah 2 dibaca sebagai keputusan (dari teks: "Memeriksa surat: benar?"); langkah tujuan "tidak" tidak terbaca',
    ]);
    expect(output.trimEnd().split('\n').pop()).toBe('Ringkasan: 1 SOP, 2 langkah, 0 entri daftar SOP, 4 peringatan.');
  });
});
