import { DEFAULT_LETTERS_CONFIG } from '../letters.config';
import { parafChainFor } from './paraf-chain.policy';

const { hierarchy } = DEFAULT_LETTERS_CONFIG;
const suratKeluarChain = DEFAULT_LETTERS_CONFIG.suratKeluar.surat_keluar.parafChain;
const notaDinasChain = DEFAULT_LETTERS_CONFIG.suratKeluar.nota_dinas.parafChain;

describe('parafChainFor', () => {
  it('a Staf draft signed by the Kepala Dinas goes through the whole chain', () => {
    expect(parafChainFor(suratKeluarChain, hierarchy, 'STAF', 'KEPALA_DINAS')).toEqual(['STAF', 'KASI', 'KEPALA_BIDANG', 'SEKRETARIS']);
  });

  it("a Kasi's draft skips the Staf paraf", () => {
    expect(parafChainFor(suratKeluarChain, hierarchy, 'KASI', 'KEPALA_DINAS')).toEqual(['KASI', 'KEPALA_BIDANG', 'SEKRETARIS']);
  });

  it('a nota dinas signed by a Kabid stops below the Kabid level', () => {
    expect(parafChainFor(suratKeluarChain, hierarchy, 'STAF', 'KEPALA_BIDANG')).toEqual(['STAF', 'KASI']);
    expect(parafChainFor(notaDinasChain, hierarchy, 'KASI', 'KEPALA_BIDANG')).toEqual(['KASI']);
  });

  it('a Kabid signing their own nota dinas needs no paraf', () => {
    expect(parafChainFor(notaDinasChain, hierarchy, 'KEPALA_BIDANG', 'KEPALA_BIDANG')).toEqual([]);
  });

  it('roles outside the hierarchy give no chain', () => {
    expect(parafChainFor(suratKeluarChain, hierarchy, 'AUDITOR', 'KEPALA_DINAS')).toEqual([]);
  });
});
