import { importSopBook } from '../sop-book.importer';
import { KNOWN_ROLES } from './lane.proposer';

const t = (...cells: string[]) => cells.join('\t');
const sopWithLanes = (...lanes: string[]) =>
  [
    t('No', 'Kegiatan', 'Pelaksana', ...lanes.slice(1).map(() => ''), 'Mutu Baku', '', '', 'Keterangan'),
    t('', '', ...lanes, 'Kelengkapan', 'Waktu', 'Output', ''),
    t('1.', 'Menerima berkas', ...lanes.map(() => ''), 'Berkas', '1 hari', 'Berkas diterima', ''),
  ].join('\n');

describe('OCR-damaged lane names', () => {
  it('flags a lane close to a known role with a proposal and a warning, leaving the lane as written', () => {
    const [sop] = importSopBook(sopWithLanes('Kepala Dinss', 'Sekretaris', 'Staf')).sops;
    expect(sop.laneProposals).toEqual([{ lane: 'Kepala Dinss', known: 'Kepala Dinas', distance: 1, line: 1, status: 'to-confirm' }]);
    expect(sop.roles).toEqual(['Kepala Dinss', 'Sekretaris', 'Staf']);
    expect(sop.warnings.map((warning) => warning.message)).toContain('Kolom pelaksana "Kepala Dinss" mirip jabatan "Kepala Dinas" (mungkin rusak karena OCR); usulan: "Kepala Dinas" — periksa');
  });

  it('never flags a known role, nor a lane far from every known one', () => {
    const [sop] = importSopBook(sopWithLanes('Sekretariat', 'Kepala Bidang', 'Peneliti', 'Unit Kerja')).sops;
    expect(sop.laneProposals).toEqual([]);
    expect(KNOWN_ROLES).toContain('Sekretariat');
  });
});
