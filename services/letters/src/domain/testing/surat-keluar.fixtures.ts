import type { ActingUser, Person } from '../acting-user';
import type { WriteDraftData } from '../surat-keluar/surat-keluar.commands';
import type { SuratKeluarEvent } from '../surat-keluar/surat-keluar.events';
import { TENANT, personOf, users } from './letters.fixtures';

export const DRAFT = 'naskah-1';

/** A reply to a research request: "Surat Rekomendasi". */
export const draftData = (overrides: Partial<WriteDraftData> = {}): WriteDraftData => ({
  letterId: DRAFT,
  jenis: 'surat_keluar',
  perihal: 'Rekomendasi penelitian',
  sifat: 'biasa',
  klasifikasi: '000.8',
  unitKode: 'DISKOPUKM.B',
  kepada: [{ name: 'Rektor Universitas Airlangga' }],
  isi: { documentId: 'doc-konsep-1', name: 'Konsep surat rekomendasi.docx' },
  lampiran: [],
  inReplyTo: 'surat-1',
  ...overrides,
});

export const written = (overrides: Partial<Extract<SuratKeluarEvent, { type: 'DraftWritten' }>['data']> = {}): SuratKeluarEvent => ({
  type: 'DraftWritten',
  data: {
    letterId: DRAFT,
    tenant: TENANT,
    jenis: 'surat_keluar',
    perihal: 'Rekomendasi penelitian',
    sifat: 'biasa',
    klasifikasi: '000.8',
    unitKode: 'DISKOPUKM.B',
    kepada: [{ name: 'Rektor Universitas Airlangga' }],
    isi: { documentId: 'doc-konsep-1', name: 'Konsep surat rekomendasi.docx' },
    lampiran: [],
    inReplyTo: 'surat-1',
    drafter: personOf(users.staf),
    version: 1,
    writtenAt: '2024-04-01T01:00:00.000Z',
    sopCase: null,
    ...overrides,
  },
});

/** Staf → Kasi → Kabid → Sekretaris, signed by the Kepala Dinas. */
export const CHAIN: Person[] = [personOf(users.staf), personOf(users.kasi), personOf(users.kabid), personOf(users.sekretaris)];
export const SIGNER = personOf(users.kadis);

export const submitted = (round = 1, at = '2024-04-01T02:00:00.000Z', reviewers: Person[] = CHAIN, signer: Person = SIGNER): SuratKeluarEvent => ({
  type: 'DraftSubmittedForParaf',
  data: { letterId: DRAFT, round, reviewers, signer, by: personOf(users.staf), submittedAt: at, sopCase: null },
});

export const paraf = (step: number, by: ActingUser, round = 1, at = `2024-04-01T0${2 + step}:00:00.000Z`): SuratKeluarEvent => ({
  type: 'ParafGiven',
  data: { letterId: DRAFT, round, step, steps: CHAIN.length, by: personOf(by), catatan: '', at, sopCase: null },
});

export const allParafs = (round = 1): SuratKeluarEvent[] => [paraf(1, users.staf, round), paraf(2, users.kasi, round), paraf(3, users.kabid, round), paraf(4, users.sekretaris, round)];

export const returned = (by: ActingUser, step: number | null, round = 1): SuratKeluarEvent => ({
  type: 'DraftReturned',
  data: { letterId: DRAFT, round, from: step === null ? 'tanda_tangan' : 'paraf', step, by: personOf(by), catatan: 'Perbaiki dasar hukum', returnedAt: '2024-04-01T05:30:00.000Z', sopCase: null },
});

export const revised = (version = 2, revisedAt = '2024-04-01T06:00:00.000Z'): SuratKeluarEvent => ({
  type: 'DraftRevised',
  data: {
    letterId: DRAFT,
    perihal: 'Rekomendasi penelitian',
    sifat: 'biasa',
    klasifikasi: '000.8',
    unitKode: 'DISKOPUKM.B',
    kepada: [{ name: 'Rektor Universitas Airlangga' }],
    isi: { documentId: `doc-konsep-${version}`, name: 'Konsep surat rekomendasi.docx' },
    lampiran: [],
    version,
    catatan: '',
    by: personOf(users.staf),
    revisedAt,
  },
});

export const signed = (n = 1622, at = '2024-04-01T08:00:00.000Z'): SuratKeluarEvent => ({
  type: 'LetterSigned',
  data: {
    letterId: DRAFT,
    jenis: 'surat_keluar',
    nomor: { source: 'jejak', sequence: 'surat-keluar', year: 2024, n, formatted: `000.8 / ${n} / DISKOPUKM.B` },
    tanggalSurat: '2024-04-01',
    by: SIGNER,
    signedAt: at,
    sopCase: null,
  },
});

export const toSignature = (): SuratKeluarEvent[] => [written(), submitted(), ...allParafs()];
