/** One offending input: `field` is a path (`steps.2.waktu`) or a header name (`If-Match`). */
export interface ProblemFieldError {
  field?: string;
  message: string;
}

/** RFC 7807 problem details, with Jejak's extension members `code`, `errors` and `correlationId`. */
export interface ProblemDetails {
  type: string;
  /** Short summary users read (Bahasa Indonesia). */
  title: string;
  status: number;
  /** Explanation of this occurrence users read (Bahasa Indonesia where the platform writes it). */
  detail: string;
  /** The request path. */
  instance: string;
  /** Stable machine-readable code (English), e.g. `VALIDATION_FAILED`, `SOP_NOT_FOUND`. */
  code: string;
  errors: ProblemFieldError[];
  correlationId: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem types are URNs: stable identifiers that do not pretend to be resolvable pages. */
export function problemType(code: string): string {
  return `urn:jejak:problem:${code.toLowerCase().replace(/_/g, '-')}`;
}

/** Titles by status, Bahasa Indonesia. */
export const STATUS_TITLES: Readonly<Record<number, string>> = Object.freeze({
  400: 'Permintaan tidak valid',
  401: 'Autentikasi diperlukan',
  403: 'Akses ditolak',
  404: 'Data tidak ditemukan',
  405: 'Metode tidak diizinkan',
  406: 'Format jawaban tidak tersedia',
  408: 'Waktu permintaan habis',
  409: 'Konflik dengan keadaan data',
  410: 'Data sudah tidak tersedia',
  412: 'Versi data tidak sesuai',
  413: 'Permintaan terlalu besar',
  415: 'Jenis konten tidak didukung',
  422: 'Permintaan tidak dapat diproses',
  428: 'Versi data wajib disertakan',
  429: 'Terlalu banyak permintaan',
  500: 'Terjadi kesalahan pada server',
  502: 'Layanan hulu bermasalah',
  503: 'Layanan tidak tersedia',
  504: 'Layanan hulu tidak menjawab',
});

/** Default details by status, used when the error itself has nothing better for users. */
export const STATUS_DETAILS: Readonly<Record<number, string>> = Object.freeze({
  400: 'Permintaan tidak dapat diproses karena isinya tidak valid.',
  401: 'Sertakan token akses yang valid pada header Authorization (Bearer).',
  403: 'Anda tidak memiliki hak untuk melakukan tindakan ini.',
  404: 'Data yang diminta tidak ditemukan.',
  405: 'Metode HTTP ini tidak diizinkan untuk alamat tersebut.',
  409: 'Tindakan bertentangan dengan keadaan data saat ini.',
  412: 'Data telah berubah sejak terakhir Anda muat. Muat ulang lalu coba lagi.',
  413: 'Isi permintaan melebihi batas ukuran yang diizinkan.',
  415: 'Jenis konten permintaan tidak didukung; gunakan application/json.',
  429: 'Terlalu banyak permintaan; coba lagi beberapa saat lagi.',
  500: 'Terjadi kesalahan tak terduga pada server. Sebutkan correlationId ini saat melapor.',
  503: 'Layanan sedang tidak tersedia; coba lagi beberapa saat lagi.',
});

export function titleFor(status: number): string {
  return STATUS_TITLES[status] ?? (status >= 500 ? STATUS_TITLES[500] : 'Permintaan gagal');
}

export function detailFor(status: number): string {
  return STATUS_DETAILS[status] ?? (status >= 500 ? STATUS_DETAILS[500] : 'Permintaan tidak dapat dipenuhi.');
}
