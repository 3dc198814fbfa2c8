import { detailFor, problemType, titleFor, type ProblemDetails, type ProblemFieldError } from '../http/problem-details';

/**
 * One documented failure of an operation: the stable `code`, the Indonesian `detail` users see, and
 * optionally the field errors. `summary` (English) names the example in the OpenAPI UI.
 */
export interface ProblemExample {
  status: number;
  code: string;
  /** What the user reads (Bahasa Indonesia), as the service writes it. Defaults to the status's default detail. */
  detail?: string;
  /** Defaults to the platform's title for the status (Bahasa Indonesia). */
  title?: string;
  errors?: ProblemFieldError[];
  /** English one-liner shown as the example's name; defaults to the code. */
  summary?: string;
}

/** A status alone documents the platform's standard problem for it; an object documents a specific one. */
export type ProblemSpec = number | ProblemExample;

/** Example correlation id: every problem carries the request's correlation id. */
export const EXAMPLE_CORRELATION_ID = '0b6f3c2e-8d4a-4f1e-9a77-5c2d1e8b4a90';

/**
 * The problems the platform itself answers with (guard, validation pipe, If-Match, concurrency), so a
 * plain status in `problems` documents exactly what a client receives.
 */
export const STANDARD_PROBLEMS: Readonly<Record<number, ProblemExample>> = Object.freeze({
  400: {
    status: 400,
    code: 'VALIDATION_FAILED',
    detail: 'Isian tidak valid pada 1 kolom: unit.',
    errors: [{ field: 'unit', message: 'unit wajib diisi' }],
    summary: 'A field is missing or invalid; every offending field is named',
  },
  401: {
    status: 401,
    code: 'TOKEN_MISSING',
    detail: 'Permintaan ini memerlukan token akses pada header Authorization (Bearer).',
    summary: 'No bearer token (or an expired or invalid one)',
  },
  403: {
    status: 403,
    code: 'ROLE_REQUIRED',
    detail: 'Tindakan ini hanya untuk jabatan: Kepala Dinas.',
    summary: "The caller's role (jabatan) may not do this",
  },
  404: { status: 404, code: 'NOT_FOUND', detail: detailFor(404), summary: 'The resource does not exist or is outside your dinas' },
  409: {
    status: 409,
    code: 'WRONG_EXPECTED_REVISION',
    title: 'Data telah diubah oleh pengguna lain',
    detail: 'Data telah diubah oleh pengguna lain sejak terakhir Anda muat. Muat ulang untuk melihat versi terbaru, lalu ulangi tindakan Anda.',
    summary: 'Someone else changed the data at the same time',
  },
  412: {
    status: 412,
    code: 'WRONG_EXPECTED_REVISION',
    detail: 'Data telah diubah oleh pengguna lain sejak terakhir Anda muat. Muat ulang untuk melihat versi terbaru, lalu ulangi tindakan Anda.',
    summary: 'If-Match names a revision that is no longer the current one',
  },
  428: {
    status: 428,
    code: 'IF_MATCH_REQUIRED',
    detail: 'Sertakan header If-Match berisi nomor revisi data yang Anda ubah, misalnya "3".',
    errors: [{ field: 'If-Match', message: 'Sertakan header If-Match berisi nomor revisi data yang Anda ubah, misalnya "3".' }],
    summary: 'If-Match is required for this operation',
  },
  503: { status: 503, code: 'SERVICE_UNAVAILABLE', detail: detailFor(503), summary: 'A dependency is unavailable' },
});

export function resolveProblem(spec: ProblemSpec): ProblemExample {
  if (typeof spec !== 'number') return spec;
  return STANDARD_PROBLEMS[spec] ?? { status: spec, code: 'REQUEST_FAILED', detail: detailFor(spec) };
}

/** The RFC 7807 body the platform sends for `example` on `instance`. */
export function problemBody(example: ProblemExample, instance: string): ProblemDetails {
  return {
    type: problemType(example.code),
    title: example.title ?? titleFor(example.status),
    status: example.status,
    detail: example.detail ?? detailFor(example.status),
    instance,
    code: example.code,
    errors: example.errors ?? [],
    correlationId: EXAMPLE_CORRELATION_ID,
  };
}

/** Groups specs by status, in ascending status order. */
export function problemsByStatus(specs: readonly ProblemSpec[]): Map<number, ProblemExample[]> {
  const byStatus = new Map<number, ProblemExample[]>();
  for (const example of specs.map(resolveProblem)) byStatus.set(example.status, [...(byStatus.get(example.status) ?? []), example]);
  return new Map([...byStatus.entries()].sort(([a], [b]) => a - b));
}
