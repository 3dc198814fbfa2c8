import { keterkaitanGraph, statesNoRelation, type KeterkaitanSource } from './keterkaitan-graph.query';

const sop = (sopId: string, nomor: string | null, nama: string, keterkaitan: string[] = [], tenant = '35.01'): KeterkaitanSource => ({
  sopId,
  tenant,
  identity: { nomor, nama, keterkaitan },
});

/** Pacitan's catalogue (seed, chapter III), with the keterkaitan texts as written there or in that style. */
const catalogue = [
  sop('sop-nik', '01/SOP/DIKUPERIND/2023', 'Pengajuan Sertifikat Nomor Induk Koperasi', ['Pengarsipan Dokumen']),
  sop('sop-kesehatan', '04/SOP/DIKUPERIND/2023', 'Penilaian Kesehatan Koperasi', ['Koperasi']),
  sop('sop-galeri', '10/SOP/ DIKUPERIND/2023', 'Galeri Produk UMKM', ['PEMASARAN PRODUK UMKM DI GALERI PLUT KUMKM']),
  sop('sop-pemasaran', null, 'Pemasaran Produk UMKM di Galeri PLUT KUMKM', ['SOP Nomor 10/SOP/DIKUPERIND/2023', 'SOP Surat Keluar']),
  sop('sop-surat-masuk', '25/SOP/DIKUPERIND/2023', 'SOP Surat Masuk', ['SOP ini tidak berkaitan dengan SOP lain.']),
  sop('sop-surat-keluar', '26/SOP/DIKUPERIND/2023', 'Surat Keluar', ['Tindak lanjut SOP Surat Masuk dan pengarsipan', '1/SOP/DIKUPERIND/2023']),
  sop('sop-jatim', null, 'Surat Keluar', [], '35'),
];

describe('keterkaitanGraph', () => {
  const graph = keterkaitanGraph(catalogue);

  it('has a node per SOP', () => {
    expect(graph.nodes.map((node) => node.sopId)).toEqual(catalogue.map((entry) => entry.sopId));
    expect(graph.nodes[2]).toEqual({ sopId: 'sop-galeri', tenant: '35.01', nomor: '10/SOP/ DIKUPERIND/2023', nama: 'Galeri Produk UMKM' });
  });

  it('resolves by number, by exact name and by a contained name, and keeps dangling references', () => {
    expect(graph.edges).toEqual([
      { from: 'sop-nik', text: 'Pengarsipan Dokumen', to: null, resolvedBy: null, candidates: [] },
      { from: 'sop-kesehatan', text: 'Koperasi', to: null, resolvedBy: null, candidates: [] },
      { from: 'sop-galeri', text: 'PEMASARAN PRODUK UMKM DI GALERI PLUT KUMKM', to: 'sop-pemasaran', resolvedBy: 'nama', candidates: [] },
      { from: 'sop-pemasaran', text: 'SOP Nomor 10/SOP/DIKUPERIND/2023', to: 'sop-galeri', resolvedBy: 'nomor', candidates: [] },
      { from: 'sop-pemasaran', text: 'SOP Surat Keluar', to: 'sop-surat-keluar', resolvedBy: 'nama', candidates: [] },
      { from: 'sop-surat-keluar', text: 'Tindak lanjut SOP Surat Masuk dan pengarsipan', to: 'sop-surat-masuk', resolvedBy: 'nama', candidates: [] },
      { from: 'sop-surat-keluar', text: '1/SOP/DIKUPERIND/2023', to: null, resolvedBy: null, candidates: [] },
    ]);
  });

  it('keeps a reference that fits several SOPs as dangling, with the candidates', () => {
    const ambiguous = keterkaitanGraph([
      sop('a', null, 'Penagihan Dana Bergulir', ['Penagihan Dana Bergulir']),
      sop('b', '21/SOP/X', 'Penagihan Dana Bergulir'),
      sop('c', '22/SOP/X', 'Penagihan dana bergulir'),
    ]);
    expect(ambiguous.edges).toEqual([{ from: 'a', text: 'Penagihan Dana Bergulir', to: null, resolvedBy: null, candidates: ['b', 'c'] }]);
  });

  it('never links to itself nor across dinas', () => {
    const edges = keterkaitanGraph([sop('x', '1/A', 'Surat Keluar', ['Surat Keluar', '1/A']), sop('y', null, 'Surat Keluar', [], '61')]).edges;
    expect(edges.map((edge) => edge.to)).toEqual([null, null]);
  });
});

describe('statesNoRelation', () => {
  it.each(['SOP ini tidak berkaitan dengan SOP lain.', '-', '', 'Tidak ada', 'Tidak terkait'])('reads %p as "no related SOP"', (text) => {
    expect(statesNoRelation(text)).toBe(true);
  });
  it.each(['SOP Surat Masuk', 'Pengarsipan Dokumen'])('reads %p as a reference', (text) => {
    expect(statesNoRelation(text)).toBe(false);
  });
});
