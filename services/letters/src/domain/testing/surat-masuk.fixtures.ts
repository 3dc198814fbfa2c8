import type { ActingUser } from '../acting-user';
import type { SopCaseLink } from '../letter-values';
import type { DisposisiRecipient, RegisterSuratMasukData } from '../surat-masuk/surat-masuk.commands';
import type { SuratMasukEvent } from '../surat-masuk/surat-masuk.events';
import { TENANT, personOf, users } from './letters.fixtures';

export const LETTER = 'surat-1';

/** A research-request letter (Jawa Timur, "Penerimaan Penelitian"). */
export const registration = (overrides: Partial<RegisterSuratMasukData> = {}): RegisterSuratMasukData => ({
  letterId: LETTER,
  nomorAgenda: { source: 'jejak', issued: { tenant: TENANT, sequence: 'agenda-masuk', year: 2024, n: 412, letterId: LETTER } },
  tanggalDiterima: '2024-04-01',
  pengirim: { nama: 'Bakesbangpol', instansi: 'Pemerintah Provinsi Jawa Timur' },
  nomorSurat: '070/1234/207.3/2024',
  tanggalSurat: '2024-03-28',
  perihal: 'Permohonan izin penelitian',
  sifat: 'biasa',
  klasifikasi: '000.8',
  lampiran: [{ documentId: 'doc-proposal', name: 'Proposal penelitian.pdf', mediaType: 'application/pdf' }],
  routeTo: { userId: users.kadis.userId, name: users.kadis.name },
  ...overrides,
});

export const registered = (overrides: Partial<Extract<SuratMasukEvent, { type: 'SuratMasukRegistered' }>['data']> = {}): SuratMasukEvent => ({
  type: 'SuratMasukRegistered',
  data: {
    letterId: LETTER,
    tenant: TENANT,
    nomorAgenda: { source: 'jejak', sequence: 'agenda-masuk', year: 2024, n: 412, formatted: '412' },
    tanggalDiterima: '2024-04-01',
    pengirim: { nama: 'Bakesbangpol', instansi: 'Pemerintah Provinsi Jawa Timur' },
    nomorSurat: '070/1234/207.3/2024',
    tanggalSurat: '2024-03-28',
    perihal: 'Permohonan izin penelitian',
    sifat: 'biasa',
    klasifikasi: '000.8',
    lampiran: [{ documentId: 'doc-proposal', name: 'Proposal penelitian.pdf', mediaType: 'application/pdf' }],
    kepada: [],
    routedTo: personOf(users.kadis),
    registeredBy: personOf(users.petugas),
    registeredAt: '2024-04-01T03:00:00.000Z',
    sopCase: null,
    ...overrides,
  },
});

export const recipient = (u: ActingUser, unit?: string): DisposisiRecipient =>
  unit === undefined ? { userId: u.userId, name: u.name, role: u.roles[0] ?? 'STAF' } : { userId: u.userId, name: u.name, role: u.roles[0] ?? 'STAF', unit };

export const holderRead = (at = '2024-04-01T04:00:00.000Z', sopCase: SopCaseLink | null = null): SuratMasukEvent => ({
  type: 'SuratMasukRead',
  data: { letterId: LETTER, by: personOf(users.kadis), readAt: at, sopCase },
});

interface SentOptions {
  parent?: string | null;
  level?: number;
  instruction?: 'proses_lebih_lanjut' | 'arsipkan' | 'hadiri';
  batasWaktu?: string | null;
  sentAt?: string;
  sopCase?: SopCaseLink | null;
  unit?: string;
  letterId?: string;
}

const INSTRUCTIONS = {
  proses_lebih_lanjut: { code: 'proses_lebih_lanjut', label: 'Proses lebih lanjut', requiresFollowUp: true },
  hadiri: { code: 'hadiri', label: 'Hadiri', requiresFollowUp: true },
  arsipkan: { code: 'arsipkan', label: 'Arsipkan', requiresFollowUp: false },
};

export const sent = (disposisiId: string, from: ActingUser, to: ActingUser, o: SentOptions = {}): SuratMasukEvent => ({
  type: 'DisposisiSent',
  data: {
    letterId: o.letterId ?? LETTER,
    disposisiId,
    parentDisposisiId: o.parent ?? null,
    level: o.level ?? 1,
    from: personOf(from),
    to: recipient(to, o.unit),
    instruction: INSTRUCTIONS[o.instruction ?? 'proses_lebih_lanjut'],
    catatan: 'Mohon ditindaklanjuti',
    batasWaktu: o.batasWaktu === undefined ? '2024-04-05' : o.batasWaktu,
    sentAt: o.sentAt ?? '2024-04-01T05:00:00.000Z',
    sopCase: o.sopCase ?? null,
  },
});

export const acknowledged = (disposisiId: string, by: ActingUser, readAt = '2024-04-01T06:00:00.000Z'): SuratMasukEvent => ({
  type: 'DisposisiAcknowledged',
  data: { letterId: LETTER, disposisiId, by: personOf(by), readAt, sopCase: null },
});

export const followedUp = (disposisiId: string, by: ActingUser, at = '2024-04-01T07:00:00.000Z'): SuratMasukEvent => ({
  type: 'DisposisiFollowedUp',
  data: { letterId: LETTER, disposisiId, by: personOf(by), laporan: 'Sudah diproses', lampiran: [], followedUpAt: at, sopCase: null },
});

export const disposisiClosed = (disposisiId: string, by: ActingUser, at = '2024-04-01T08:00:00.000Z'): SuratMasukEvent => ({
  type: 'DisposisiClosed',
  data: { letterId: LETTER, disposisiId, by: personOf(by), reason: 'selesai', catatan: '', closedAt: at, sopCase: null },
});

export const suratClosed = (at = '2024-04-01T09:00:00.000Z'): SuratMasukEvent => ({
  type: 'SuratMasukClosed',
  data: { letterId: LETTER, by: personOf(users.kadis), catatan: '', closedAt: at, sopCase: null },
});
