import { DomainError, isDomainError } from '@jejak/domain-kit';
import type { AggregateType, DomainEvent } from '@jejak/service-kit';
import { localiseDetail } from './letters-detail.messages';

/**
 * What users read for each stable error code of the letters domain (the domain's own messages are
 * for developers). Messages never name people or content: a refused user may be outside a rahasia
 * letter's chain, and must learn nothing of it from the refusal.
 */
export const LETTERS_ERROR_MESSAGES: Readonly<Record<string, string>> = {
  // identity and tenancy
  TENANT_MISMATCH: 'Anda hanya dapat mengolah surat dinas Anda sendiri.',
  NOT_ALLOWED: 'Jabatan Anda tidak dapat melakukan tindakan ini pada surat.',
  // surat masuk
  NOT_REGISTRAR: 'Hanya petugas surat masuk yang dapat mengagendakan surat masuk.',
  SURAT_MASUK_ALREADY_REGISTERED: 'Surat ini sudah diagendakan.',
  SURAT_MASUK_INVALID: 'Data surat masuk belum lengkap atau tidak valid.',
  SURAT_MASUK_NOT_FOUND: 'Surat masuk tidak ditemukan.',
  SURAT_MASUK_CLOSED: 'Surat masuk sudah ditutup; tidak dapat didisposisikan atau diubah lagi.',
  SURAT_MASUK_ALREADY_READ: 'Surat masuk sudah Anda baca sebelumnya.',
  NOT_HOLDER: 'Hanya pemegang surat (Kepala Dinas yang dituju) yang dapat melakukan ini.',
  SOP_CASE_LINK_INVALID: 'Tautan kasus SOP belum lengkap.',
  SOP_CASE_ALREADY_LINKED: 'Surat sudah terhubung dengan kasus SOP lain.',
  // disposisi
  DISPOSISI_INVALID: 'Disposisi tidak dapat dikirim: periksa isian yang ditandai.',
  DISPOSISI_NOT_DOWNWARD: 'Disposisi hanya dapat diteruskan ke jabatan di bawah Anda dalam hierarki dinas.',
  DISPOSISI_NOT_FOUND: 'Disposisi tidak ditemukan pada surat ini.',
  NOT_RECIPIENT: 'Hanya penerima disposisi yang dapat melakukan ini.',
  DISPOSISI_CLOSED: 'Disposisi sudah ditutup.',
  DISPOSISI_ALREADY_ACKNOWLEDGED: 'Disposisi sudah Anda terima (dibaca) sebelumnya.',
  DISPOSISI_NOT_FOLLOWED_UP: 'Disposisi ini memerlukan laporan tindak lanjut sebelum ditutup.',
  DISPOSISI_HAS_OPEN_CHILDREN: 'Masih ada disposisi lanjutan yang belum ditutup.',
  FOLLOW_UP_INVALID: 'Laporan tindak lanjut belum lengkap.',
  // naskah keluar
  NOT_DRAFTER: 'Hanya konseptor naskah yang dapat melakukan ini.',
  DRAFT_ALREADY_WRITTEN: 'Konsep naskah ini sudah ada; gunakan perbaikan konsep.',
  DRAFT_INVALID: 'Konsep naskah belum lengkap atau tidak valid.',
  DRAFT_EDITABLE: 'Konsep masih dapat diubah dan belum diajukan.',
  DRAFT_IN_REVIEW: 'Konsep sedang dalam proses paraf; konsep hanya dapat diubah setelah dikembalikan.',
  DRAFT_NOT_REVISED: 'Konsep yang dikembalikan harus diperbaiki dahulu sebelum diajukan lagi.',
  DRAFT_NOT_IN_REVIEW: 'Konsep tidak sedang dalam proses paraf.',
  DRAFT_NOT_REVIEWED: 'Konsep belum melalui seluruh paraf, sehingga belum dapat ditandatangani.',
  PARAF_CHAIN_INVALID: 'Pemaraf tidak sesuai dengan rantai paraf jenis naskah ini.',
  PARAF_COMPLETE: 'Semua paraf sudah diberikan; naskah menunggu tanda tangan.',
  NOT_CURRENT_REVIEWER: 'Belum giliran Anda untuk memaraf atau mengembalikan naskah ini.',
  RETURN_INVALID: 'Pengembalian naskah memerlukan catatan untuk konseptor.',
  NOT_SIGNER: 'Hanya penandatangan yang ditunjuk untuk naskah ini yang dapat menandatanganinya.',
  ALREADY_SIGNED: 'Naskah sudah ditandatangani dan bernomor; tidak dapat diubah lagi.',
  NUMBER_INVALID: 'Nomor tidak dapat diberikan untuk naskah ini.',
  NOT_SIGNED: 'Hanya naskah yang sudah ditandatangani yang dapat dikirim.',
  NOT_DISPATCHER: 'Hanya konseptor atau petugas pengiriman yang dapat mencatat pengiriman.',
  ALREADY_DISPATCHED_VIA: 'Naskah sudah tercatat dikirim melalui saluran ini.',
  DISPATCH_INVALID: 'Pengiriman tidak dapat dicatat: periksa isian yang ditandai.',
  SURAT_KELUAR_NOT_FOUND: 'Naskah keluar tidak ditemukan.',
  LETTER_ID_MISMATCH: 'Permintaan menyebut surat lain dari yang dibuka.',
  // numbering
  NOT_SEQUENCE_OPENER: 'Hanya sekretariat yang dapat melanjutkan buku nomor dari catatan sebelum Jejak.',
  SEQUENCE_ALREADY_OPEN: 'Buku nomor ini sudah dipakai; tidak dapat dibuka ulang.',
  SEQUENCE_INVALID: 'Data buku nomor tidak valid.',
  SEQUENCE_KEY_MISMATCH: 'Buku nomor tidak sesuai.',
  SEQUENCE_EXHAUSTED: 'Buku nomor sudah mencapai nomor tertinggi yang dapat diterbitkan.',
  NUMBER_TEMPLATE_INVALID: 'Format penomoran dinas tidak valid.',
  NUMBER_PARTS_INVALID: 'Bagian nomor surat tidak valid.',
  NUMBER_PARTS_MISSING: 'Bagian nomor surat yang dibutuhkan format penomoran belum diisi.',
  LETTERS_CONFIG_INVALID: 'Konfigurasi persuratan dinas tidak valid.',
};

/** The same failure with the Indonesian message of its code (details, which name fields, are kept). */
export function localised(error: unknown): unknown {
  if (!isDomainError(error)) return error;
  const message = LETTERS_ERROR_MESSAGES[error.code];
  if (message === undefined || error.kind === 'concurrency') return error;
  return new DomainError(error.kind, error.code, message, error.details.map((d) => ({ ...d, message: localiseDetail(d.message) })));
}

/** Runs a pure domain decision, turning its failures into what users read. */
export function decideLocalised<T>(decide: () => T): T {
  try {
    return decide();
  } catch (error) {
    throw localised(error);
  }
}

/** The same aggregate, its decider's failures in what users read (the rules themselves unchanged). */
export function localisedAggregate<Command, Event extends DomainEvent, State>(aggregate: AggregateType<Command, Event, State>): AggregateType<Command, Event, State> {
  const { decider } = aggregate;
  return { ...aggregate, decider: { ...decider, decide: (command, state) => decideLocalised(() => decider.decide(command, state)) } };
}
