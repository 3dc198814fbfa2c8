import { DEFAULT_LETTERS_CONFIG, type LettersConfig } from './letters.config';
import { validateLettersConfig } from './letters-config.validator';
import { expectRefusal } from './testing/decider-spec';
import { suratMasukDecider } from './surat-masuk/surat-masuk.decider';
import { lettersDeps } from './testing/letters.fixtures';

const withKeluar = (template: string): LettersConfig => ({
  ...DEFAULT_LETTERS_CONFIG,
  suratKeluar: { ...DEFAULT_LETTERS_CONFIG.suratKeluar, surat_keluar: { ...DEFAULT_LETTERS_CONFIG.suratKeluar.surat_keluar, template } },
});

describe('validateLettersConfig', () => {
  it('accepts the defaults', () => {
    expect(validateLettersConfig(DEFAULT_LETTERS_CONFIG)).toBe(DEFAULT_LETTERS_CONFIG);
  });

  it.each<[string, LettersConfig, string]>([
    ['an unknown placeholder in a numbering template', withKeluar('{klasifikasi}/{nomor}/{bidang}'), 'suratKeluar.surat_keluar.template'],
    ['a role twice in the hierarchy', { ...DEFAULT_LETTERS_CONFIG, hierarchy: [['KEPALA_DINAS'], ['KASI', 'KASI']] }, 'hierarchy[1]'],
    ['a holder role outside the hierarchy', { ...DEFAULT_LETTERS_CONFIG, suratMasuk: { ...DEFAULT_LETTERS_CONFIG.suratMasuk, holderRole: 'AUDITOR' } }, 'suratMasuk.holderRole'],
    ['duplicate instruction codes', { ...DEFAULT_LETTERS_CONFIG, instructions: [...DEFAULT_LETTERS_CONFIG.instructions, { code: 'hadiri', label: 'Hadiri lagi', requiresFollowUp: true }] }, 'instructions'],
    ['a sequence name that is not stream-safe', { ...DEFAULT_LETTERS_CONFIG, suratMasuk: { ...DEFAULT_LETTERS_CONFIG.suratMasuk, agendaSequence: 'Agenda Masuk' } }, 'suratMasuk.agendaSequence'],
    ['an offset beyond ±14 h', { ...DEFAULT_LETTERS_CONFIG, utcOffsetMinutes: 900 }, 'utcOffsetMinutes'],
    ['an invalid classification pattern', { ...DEFAULT_LETTERS_CONFIG, klasifikasi: { ...DEFAULT_LETTERS_CONFIG.klasifikasi, pattern: '([' } }, 'klasifikasi.pattern'],
    ['no dispatch channel', { ...DEFAULT_LETTERS_CONFIG, dispatch: { ...DEFAULT_LETTERS_CONFIG.dispatch, channels: [] } }, 'dispatch.channels'],
  ])('refuses %s', (_, config, field) => {
    expectRefusal(() => validateLettersConfig(config), { kind: 'validation', code: 'LETTERS_CONFIG_INVALID', field });
  });

  it('a decider is never built on an invalid configuration', () => {
    expectRefusal(() => suratMasukDecider(lettersDeps(withKeluar('{klasifikasi}'))), { kind: 'validation', code: 'LETTERS_CONFIG_INVALID' });
  });
});
