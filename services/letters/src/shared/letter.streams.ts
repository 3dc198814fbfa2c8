import { suratKeluarStream, suratMasukStream } from '../domain';

export const SURAT_MASUK_STREAM_PREFIX = 'surat-masuk-';
export const SURAT_KELUAR_STREAM_PREFIX = 'surat-keluar-';
export const NUMBER_SEQUENCE_STREAM_PREFIX = 'number-sequence-';
/** The streams whose facts are published and projected (number books are internal). */
export const LETTER_STREAM_PREFIXES = [SURAT_MASUK_STREAM_PREFIX, SURAT_KELUAR_STREAM_PREFIX];

export type LetterKindName = 'surat_masuk' | 'surat_keluar';

export function letterOfStream(stream: string): { kind: LetterKindName; letterId: string } | null {
  if (stream.startsWith(SURAT_MASUK_STREAM_PREFIX)) return { kind: 'surat_masuk', letterId: stream.slice(SURAT_MASUK_STREAM_PREFIX.length) };
  if (stream.startsWith(SURAT_KELUAR_STREAM_PREFIX)) return { kind: 'surat_keluar', letterId: stream.slice(SURAT_KELUAR_STREAM_PREFIX.length) };
  return null;
}

export { suratKeluarStream, suratMasukStream };
