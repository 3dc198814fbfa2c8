import { diffVersions } from './sop-diff.query';
import { changed, completeStep } from './testing/sop-content.builder';
import { jatimInformasiSop } from './testing/jatim-informasi.fixture';
import { kalbarPlutSop } from './testing/kalbar-plut.fixture';
import { waktu } from './testing/waktu.fixture';

describe('diffVersions', () => {
  const a = kalbarPlutSop();

  it('finds no difference between equal versions, nor in whitespace', () => {
    const spaced = changed(a, (sop) => {
      sop.identity.nama = '  Peningkatan   Pelayanan PLUT ';
      sop.procedures[0].steps[0].kegiatan = `${sop.procedures[0].steps[0].kegiatan}  `;
    });
    expect(diffVersions(a, spaced)).toEqual([]);
  });

  it('reports identity fields in document order, list fields item by item', () => {
    const b = changed(a, (sop) => {
      sop.identity.nama = 'Peningkatan Pelayanan PLUT KUMKM';
      sop.identity.tanggalRevisi = '2024-02-01';
      sop.identity.nomor = '000.8/917/KUKRU-IV-1';
      sop.identity.peralatanPerlengkapan = ['DPA SKPD', 'Komputer', 'ATK', 'Printer'];
    });
    expect(diffVersions(a, b)).toEqual([
      { kind: 'changed', path: 'identity.nomor', field: 'identity.nomor', before: '518 / 917 / KUKRU - IV - 1', after: '000.8/917/KUKRU-IV-1' },
      { kind: 'added', path: 'identity.tanggalRevisi', field: 'identity.tanggalRevisi', before: null, after: '2024-02-01' },
      { kind: 'changed', path: 'identity.nama', field: 'identity.nama', before: 'Peningkatan Pelayanan PLUT', after: 'Peningkatan Pelayanan PLUT KUMKM' },
      { kind: 'removed', path: 'identity.peralatanPerlengkapan', field: 'identity.peralatanPerlengkapan', before: 'Peraturan terkait tentang PLUT', after: null },
      { kind: 'added', path: 'identity.peralatanPerlengkapan', field: 'identity.peralatanPerlengkapan', before: null, after: 'Printer' },
    ]);
  });

  it('compares the pengesah field by field', () => {
    const b = changed(a, (sop) => {
      sop.identity.disahkanOleh = { nama: 'Plt. Kepala Dinas', nip: null, jabatan: 'Plt. Kepala Dinas' };
    });
    const [entry] = diffVersions(a, b);
    expect(entry).toMatchObject({ kind: 'changed', path: 'identity.disahkanOleh', after: { nama: 'Plt. Kepala Dinas', nip: null, jabatan: 'Plt. Kepala Dinas' } });
  });

  it('matches steps by number: changed fields, then added and removed steps, in step order', () => {
    const procedure = { index: 1, name: 'Peningkatan Pelayanan PLUT' };
    const b = changed(a, (sop) => {
      const steps = sop.procedures[0].steps;
      steps[6].pelaksana = ['Kepala Dinas', 'Sekretaris'];
      steps[6].decision = { question: 'SK Panitia sudah benar?', ya: 8, tidak: 4 };
      steps[1].mutuBaku.waktu = waktu('2 hari');
      steps[1].mutuBaku.kelengkapan = ['Nota Kabid'];
      steps[1].keterangan = 'Draf melalui TNDE';
      steps.splice(27, 1);
      steps.push(completeStep(29, ['Fungsional Umum']));
    });
    const entries = diffVersions(a, b);
    expect(entries.map(({ kind, path, field, stepNo }) => ({ kind, path, field, stepNo }))).toEqual([
      { kind: 'added', path: 'procedures[0].steps[1].mutuBaku.kelengkapan', field: 'step.kelengkapan', stepNo: 2 },
      { kind: 'changed', path: 'procedures[0].steps[1].mutuBaku.waktu', field: 'step.waktu', stepNo: 2 },
      { kind: 'added', path: 'procedures[0].steps[1].keterangan', field: 'step.keterangan', stepNo: 2 },
      { kind: 'changed', path: 'procedures[0].steps[6].pelaksana', field: 'step.pelaksana', stepNo: 7 },
      { kind: 'changed', path: 'procedures[0].steps[6].decision', field: 'step.decision', stepNo: 7 },
      { kind: 'removed', path: 'procedures[0].steps[27]', field: 'step', stepNo: 28 },
      { kind: 'added', path: 'procedures[0].steps[27]', field: 'step', stepNo: 29 },
    ]);
    expect(entries[3]).toMatchObject({ before: ['Kepala Dinas'], after: ['Kepala Dinas', 'Sekretaris'], procedure });
    expect(entries[1]).toMatchObject({ before: { raw: '1 hari', max: 1 }, after: { raw: '2 hari', max: 2 } });
  });

  it('matches steps by number, not by position', () => {
    const shuffled = changed(a, (sop) => {
      sop.procedures[0].steps.reverse();
    });
    expect(diffVersions(a, shuffled)).toEqual([]);
    const renumbered = changed(a, (sop) => {
      sop.procedures[0].steps[27].no = 29;
    });
    expect(diffVersions(a, renumbered).map(({ kind, stepNo }) => ({ kind, stepNo }))).toEqual([
      { kind: 'removed', stepNo: 28 },
      { kind: 'added', stepNo: 29 },
    ]);
  });

  it('matches sub-procedures by name, then by position, and reports roles, added and removed procedures', () => {
    const jatim = jatimInformasiSop();
    const b = changed(jatim, (sop) => {
      sop.procedures.reverse();
      sop.procedures[0].roles.push('Sekretariat');
      sop.procedures[1].name = 'Penerimaan Peneliti';
      sop.procedures.push({ name: 'Pengaduan', roles: ['Petugas Frontliner'], steps: [] });
    });
    expect(diffVersions(jatim, b).map(({ kind, path, field, before, after }) => ({ kind, path, field, before, after }))).toEqual([
      { kind: 'added', path: 'procedures[0].roles', field: 'procedure.roles', before: null, after: 'Sekretariat' },
      { kind: 'changed', path: 'procedures[1].name', field: 'procedure.name', before: 'Penerimaan Penelitian', after: 'Penerimaan Peneliti' },
      { kind: 'added', path: 'procedures[2]', field: 'procedure', before: null, after: b.procedures[2] },
    ]);
    const removed = diffVersions(b, jatim).filter((entry) => entry.field === 'procedure');
    expect(removed).toEqual([expect.objectContaining({ kind: 'removed', path: 'procedures[2]', procedure: { index: 3, name: 'Pengaduan' } })]);
  });
});
