import { splitKelengkapan } from './kelengkapan.parser';

describe('splitKelengkapan', () => {
  it.each([
    ['Komputer, Alat Tulis, Printer', ['Komputer', 'Alat Tulis', 'Printer']],
    ['- Komputer OnLine - KTP/Data Diri', ['Komputer OnLine', 'KTP/Data Diri']],
    ['ProposalAgunan/jamiananData PenerimaData angsuran dari Bank', ['Proposal', 'Agunan/jamianan', 'Data Penerima', 'Data angsuran dari Bank']],
    ['Surat pengantar dari kampus dan proposal penelitian', ['Surat pengantar dari kampus dan proposal penelitian']],
    ['', []],
  ])('splits "%s"', (text, items) => {
    expect(splitKelengkapan(text)).toEqual(items);
  });
});
