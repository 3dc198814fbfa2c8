import { BUNDLED_FONT_STACK } from '@jejak/pdf';
import { renderSopHtml } from './sop-document.html';
import { escapeHtml } from './html-escape';
import { formatTanggal } from './indonesian-date';
import { changed, completeSop } from '../domain/testing/sop-content.builder';
import { kalbarPlutSop } from '../domain/testing/kalbar-plut.fixture';
import { jatimInformasiSop } from '../domain/testing/jatim-informasi.fixture';

const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;

describe('renderSopHtml', () => {
  it('prints on A4 landscape', () => {
    expect(renderSopHtml(completeSop())).toMatch(/@page \{ size: A4 landscape; margin: 10mm; \}/);
  });

  it('embeds the bundled font and names no system font, so it looks the same on every machine', () => {
    const html = renderSopHtml(kalbarPlutSop());
    expect(html).toContain(`font-family: ${BUNDLED_FONT_STACK};`);
    expect(html).not.toMatch(/Arial|Liberation|Helvetica|DejaVu/);
    expect(count(html, /@font-face \{ font-family: 'Arimo'/g)).toBe(4);
    // Every url() other than the SVG's own references (markers, `url(#...)`) is the inlined font.
    const urls = html.match(/url\((?!#)[^)]*\)/g) ?? [];
    expect(urls.length).toBe(4);
    expect(urls.filter((url) => !url.startsWith('url(data:font/woff2;base64,'))).toEqual([]);
    // Latin Extended only for an SOP that uses it.
    expect(count(renderSopHtml(changed(kalbarPlutSop(), (sop) => void (sop.identity.nama = 'Pelayanan Ōsaka'))), /@font-face/g)).toBe(8);
  });

  it('has an identity sheet, then flowchart sheets each repeating the table header', () => {
    const html = renderSopHtml(kalbarPlutSop());
    const sheets = count(html, /<section class="sheet /g);
    const flowSheets = count(html, /<section class="sheet flowchart-sheet"/g);
    expect(count(html, /<section class="sheet identity-sheet"/g)).toBe(1);
    expect(sheets).toBe(flowSheets + 1);
    expect(flowSheets).toBeGreaterThan(1);
    expect(count(html, /<thead>/g)).toBe(flowSheets);
    expect(html).toContain(`Halaman ${sheets} dari ${sheets}`);
  });

  it('gives each sub-procedure its own numbered flowchart section', () => {
    const html = renderSopHtml(jatimInformasiSop());
    expect(html).toContain('1. Penerimaan Penelitian</h2>');
    expect(html).toContain('2. Permintaan Data (Eksternal)</h2>');
    expect(count(html, /<table class="flow"[^>]*data-procedure="0" data-lanes="5"/g)).toBeGreaterThanOrEqual(1);
    expect(count(html, /<table class="flow"[^>]*data-procedure="1" data-lanes="3"/g)).toBe(1);
  });

  it('prints the identity in Indonesian, with the effective date the catalogue gives', () => {
    const html = renderSopHtml(kalbarPlutSop(), { effectiveFrom: '2024-03-01', pemerintah: 'Pemerintah Provinsi Kalimantan Barat' });
    expect(html).toContain('<th scope="row">Tgl. Efektif</th><td class="">1 Maret 2024</td>');
    expect(html).toContain('<th scope="row">Tgl. Pembuatan</th><td class="">22 Juli 2020</td>');
    expect(html).toContain('NIP. 19660719 199311 1 002');
    for (const label of ['Dasar Hukum:', 'Kualifikasi Pelaksana:', 'Keterkaitan:', 'Peralatan/Perlengkapan:', 'Peringatan:', 'Pencatatan dan Pendataan:']) {
      expect(html).toContain(label);
    }
  });

  it('marks what is missing from a draft', () => {
    const html = renderSopHtml(jatimInformasiSop(), { watermark: 'DRAF' });
    expect(html).toContain('<th scope="row">Nomor SOP</th><td class="nomor"><span class="missing">belum diisi</span></td>');
    expect(html).toContain('<div class="watermark" aria-hidden="true">DRAF</div>');
  });

  it('shows a step without pelaksana in its own lane, marked', () => {
    const html = renderSopHtml(changed(kalbarPlutSop(), (sop) => {
      sop.procedures[0].steps[5].pelaksana = [];
    }));
    expect(html).toMatch(/<th class="lane unassigned" scope="col" data-lane="6" style="[^"]*">Pelaksana belum ditentukan<\/th>/);
    expect(html).toMatch(/<g class="symbol process unassigned" data-symbol="process" data-step="6">/);
  });

  it('escapes every text from the SOP', () => {
    const attack = '<script>alert("x")</script> & \'kutip\'';
    const html = renderSopHtml(completeSop({
      identity: { nama: attack, nomor: attack, instansi: attack, dasarHukum: [attack, attack], peringatan: attack },
      procedures: [{
        name: attack,
        roles: [attack, 'Staf'],
        steps: [1, 2].map((no) => ({
          no,
          kegiatan: attack,
          pelaksana: [attack],
          decision: no === 2 ? { question: attack, ya: null, tidak: 1 } : null,
          mutuBaku: { kelengkapan: [attack], waktu: { raw: attack, min: null, max: null, unit: null, ceiling: false }, output: attack },
          keterangan: attack,
        })),
      }],
    }), { versionLabel: attack, watermark: attack, pemerintah: attack, logoSrc: '" onerror="alert(1)' });
    expect(html).not.toContain('<script');
    expect(html).not.toContain('" onerror="');
    expect(html).not.toContain("'kutip'");
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;kutip&#39;');
  });
});

describe('escapeHtml and formatTanggal', () => {
  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('writes dates the Indonesian way', () => {
    expect(formatTanggal('2023-02-01')).toBe('1 Februari 2023');
    expect(formatTanggal('2020-12-31')).toBe('31 Desember 2020');
    expect(formatTanggal(null)).toBeNull();
    expect(formatTanggal('2020-13-01')).toBeNull();
  });
});
