import { importSopBook } from '../sop-book.importer';
import { proposeForSteps, type ProposerStep } from './step-proposer';

const t = (...cells: string[]) => cells.join('\t');
const label = (no: number) => String(no);
const step = (no: number, activity: string, extra: Partial<ProposerStep> = {}): ProposerStep => ({
  no,
  activity,
  output: '',
  pelaksana: [],
  decision: null,
  tidakLabels: [],
  backTo: null,
  line: no,
  ...extra,
});
const LANES = ['Kepala Dinas', 'Ketua Tim Kerja', 'Anggota Tim Kerja', 'Staf'];

describe('proposeForSteps', () => {
  it('proposes the lane named as subject mid-sentence, quoting the text', () => {
    const [proposal] = proposeForSteps([step(1, 'Membaca laporan, jika sudah benar Kadis akan menandatangani')], LANES, label);
    expect(proposal).toEqual({ kind: 'pelaksana', stepNo: 1, value: ['Kepala Dinas'], evidence: 'Langkah 1: "Membaca laporan, jika sudah benar Kadis akan menandatangani"', line: 1, status: 'to-confirm' });
  });

  it('does not read an addressee or a passive as the subject', () => {
    expect(proposeForSteps([step(1, 'Menyusun naskah sambutan Kepala Dinas'), step(2, 'Melakukan asesmen kepada Staf terpilih')], LANES, label)).toEqual([]);
  });

  it('proposes the lane the step just before hands over to ("diajukan kepada", "melalui"), not one further back', () => {
    const proposals = proposeForSteps(
      [step(1, 'Anggota Tim Kerja menyusun draf dan diajukan kepada Ketua Tim Kerja'), step(2, 'Mengoreksi draf'), step(3, 'Diteruskan kepada Kepala Dinas melalui Staf'), step(4, 'Mencatat surat')],
      LANES.slice(0, 3).concat('Staf'),
      label,
    );
    expect(proposals.map((proposal) => [proposal.stepNo, proposal.value, proposal.line])).toEqual([
      [2, ['Ketua Tim Kerja'], 1],
      [4, ['Staf'], 3],
    ]);
  });

  it('reads who made the output ("oleh Kabid"), unless the step hands over to that lane', () => {
    const roles = ['Kepala Bidang', 'Kasi'];
    expect(proposeForSteps([step(1, 'Mengoreksi bahan', { output: 'Bahan yang sudah dikoreksi oleh Kabid' })], roles, label)[0].value).toEqual(['Kepala Bidang']);
    expect(proposeForSteps([step(1, 'Memberikan disposisi kepada Kasi', { output: 'Ditindaklanjuti oleh Kasi' })], roles, label)).toEqual([]);
  });

  it('reads signing as the head lane and clerical verbs as the one clerical lane', () => {
    const proposals = proposeForSteps([step(1, 'Menandatangani surat'), step(2, 'Mengedarkan surat ke Kab/Kota'), step(3, 'Melaksanakan kegiatan')], ['Kepala Dinas', 'Kepala Bidang', 'Staf'], label);
    expect(proposals.map((proposal) => [proposal.stepNo, proposal.value])).toEqual([
      [1, ['Kepala Dinas']],
      [2, ['Staf']],
    ]);
  });

  it('proposes no pelaksana where one is confirmed, and no tidak where one is set', () => {
    const decision = { question: 'Benar?', ya: 2, tidak: 1 };
    expect(proposeForSteps([step(1, 'Menandatangani surat', { pelaksana: ['Staf'], decision })], ['Kepala Dinas', 'Staf'], label)).toEqual([]);
  });

  it('sends "tidak" back to the latest earlier step of the lane the text names', () => {
    const proposals = proposeForSteps(
      [
        step(1, 'Anggota Tim Kerja menyusun laporan', { pelaksana: ['Anggota Tim Kerja'] }),
        step(2, 'Ketua Tim Kerja memeriksa laporan', { pelaksana: ['Ketua Tim Kerja'] }),
        step(3, 'Kepala Dinas menelaah laporan, jika tidak sesuai dikembalikan kepada Anggota Tim Kerja untuk diperbaiki', {
          pelaksana: ['Kepala Dinas'],
          decision: { question: 'Sesuai?', ya: 4, tidak: null },
          backTo: 'Anggota Tim Kerja',
        }),
        step(4, 'Staf mengarsipkan laporan', { pelaksana: ['Staf'] }),
      ],
      LANES,
      label,
    );
    expect(proposals).toEqual([
      {
        kind: 'tidak',
        stepNo: 3,
        value: 1,
        evidence: 'Langkah 3: "Kepala Dinas menelaah laporan, jika tidak sesuai dikembalikan kepada Anggota Tim Kerja untuk diperbaiki"',
        line: 3,
        status: 'to-confirm',
      },
    ]);
  });

  it('sends "tidak" to the lane of a stray "Tidak" label, else a checking step to the step before', () => {
    const decision = { question: 'Lengkap?', ya: 3, tidak: null };
    const labelled = proposeForSteps(
      [step(1, 'Staf menerima berkas', { pelaksana: ['Staf'] }), step(2, 'Kepala Dinas memutuskan', { pelaksana: ['Kepala Dinas'], decision, tidakLabels: ['Staf'] }), step(3, 'Selesai', { pelaksana: ['Staf'] })],
      LANES,
      label,
    );
    expect(labelled.map((proposal) => [proposal.kind, proposal.stepNo, proposal.value, proposal.evidence])).toEqual([['tidak', 2, 1, 'Label "Tidak" di kolom Staf pada langkah 2']]);
    const checking = proposeForSteps([step(1, 'Staf mengetik surat', { pelaksana: ['Staf'] }), step(2, 'Kepala Dinas mengoreksi surat', { pelaksana: ['Kepala Dinas'], decision })], LANES, label);
    expect(checking.map((proposal) => [proposal.stepNo, proposal.value])).toEqual([[2, 1]]);
  });
});

describe('proposals on the import result', () => {
  const text = [
    t('No', 'Kegiatan', 'Pelaksana', '', '', 'Mutu Baku', '', '', 'Keterangan'),
    t('', '', 'Kepala Dinas', 'Ketua Tim Kerja', 'Anggota Tim Kerja', 'Kelengkapan', 'Waktu', 'Output', ''),
    t('1.', 'Menyusun laporan dan diajukan kepada Ketua Tim Kerja', '', '', '', 'Data', '1 hari', 'Laporan', ''),
    t('2.', 'Memeriksa laporan, jika tidak sesuai dikembalikan kepada Anggota Tim Kerja untuk diperbaiki', '', '', '', 'Laporan', '1 hari', 'Laporan diperiksa', ''),
    t('3.', 'Menandatangani laporan', '', '', '', 'Laporan', '1 hari', 'Laporan sah', ''),
  ].join('\n');
  const [sop] = importSopBook(text).sops;

  it('lists them with procedure, step, value and evidence, and leaves the confirmed fields empty', () => {
    expect(sop.proposals.map((proposal) => [proposal.kind, proposal.procedure, proposal.stepNo, proposal.value, proposal.status])).toEqual([
      ['pelaksana', 1, 2, ['Ketua Tim Kerja'], 'to-confirm'],
      ['tidak', 1, 2, 1, 'to-confirm'],
      ['pelaksana', 1, 3, ['Kepala Dinas'], 'to-confirm'],
    ]);
    expect(sop.steps.map((step) => step.roles)).toEqual([[], [], []]);
    expect(sop.content.procedures[0].steps.map((step) => step.pelaksana)).toEqual([[], [], []]);
    expect(sop.steps[1].decision?.tidak).toBeNull();
  });
});
