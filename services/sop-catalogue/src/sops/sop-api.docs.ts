import type { ProblemExample } from '@jejak/nest-platform';
import { SopErrorCode } from '../domain';

/**
 * Problems the SOP endpoints answer with, as documented examples (`@ApiEndpoint({ problems })`). The
 * `detail` texts are the ones the decider and handlers write (Bahasa Indonesia).
 */
const SOP_ID = '0d2b6a34-5c1e-4f3a-9b8e-2a7f6c1d9e40';

export const SopProblems = {
  notFound: { status: 404, code: SopErrorCode.NotFound, detail: `SOP ${SOP_ID} tidak ditemukan`, summary: 'No such SOP, or an SOP of a dinas you may not read' },
  versionUnknown: {
    status: 400,
    code: 'SOP_VERSION_UNKNOWN',
    detail: 'SOP ini tidak memiliki versi 4',
    errors: [{ field: 'version', message: 'versi 4 tidak ada (versi terakhir 2)' }],
    summary: 'The SOP has no such version',
  },
  versionNotFound: { status: 404, code: SopErrorCode.VersionNotFound, detail: 'SOP tidak memiliki versi 4', summary: 'The SOP has no such version' },
  tenantWrite: {
    status: 403,
    code: 'TENANT_WRITE_FORBIDDEN',
    detail: 'Anda hanya dapat mengubah data dinas Anda sendiri (wilayah 61).',
    summary: "The SOP belongs to another dinas",
  },
  retired: { status: 409, code: SopErrorCode.Retired, detail: 'SOP sudah tidak berlaku sejak 2026-12-31', summary: 'The SOP was retired' },
  incomplete: {
    status: 409,
    code: SopErrorCode.Incomplete,
    detail: 'SOP belum lengkap: 2 hal harus dilengkapi',
    errors: [
      { field: 'identity.disahkanOleh', message: 'Pejabat yang mengesahkan (Disahkan oleh) belum diisi' },
      { field: 'procedures[0].steps[3].pelaksana', message: 'Langkah 4 belum memiliki pelaksana' },
    ],
    summary: 'Fields or steps are missing; every one is listed',
  },
  decisionTargetMissing: {
    status: 409,
    code: SopErrorCode.DecisionTargetMissing,
    detail: '1 keputusan belum memiliki langkah tujuan "Ya" atau "Tidak"; lengkapi tujuannya sebelum SOP diajukan atau disahkan',
    errors: [
      {
        field: 'procedures[0].steps[3].decision.tidak',
        message:
          'Langkah 4 "Mengoreksi hasil ketikan fungsional umum jika benar akan di…": keputusan "Ketikan konsep SK sudah benar?" ' +
          'belum memiliki langkah tujuan untuk jawaban "Tidak". Isi nomor langkah yang dituju (untuk "Tidak" biasanya langkah yang ' +
          'dikembalikan untuk diperbaiki), lalu ajukan kembali.',
      },
    ],
    summary: 'A decision step lacks its "ya" or "tidak" target; every such decision is listed',
  },
  paperApprovalInvalid: {
    status: 400,
    code: SopErrorCode.PaperApprovalInvalid,
    detail: 'Data pengesahan di atas kertas belum benar: 2 hal harus diperbaiki',
    errors: [
      { field: 'effectiveFrom', message: 'Tanggal efektif 2027-01-02 belum terjadi (hari ini 2026-12-03); SOP di atas kertas sudah disahkan dan berlaku' },
      { field: 'original', message: 'Rujukan dokumen asli hasil pindai (nomor arsip atau id dokumen) belum diisi' },
    ],
    summary: 'A field of the paper approval is missing or wrong (dates in the future, no scanned original, a signer who is not the "Disahkan oleh")',
  },
  proposalNotFound: { status: 404, code: SopErrorCode.ProposalNotFound, detail: 'Versi 1 tidak memiliki usulan tidak-1.9', summary: 'The version has no such proposal' },
  proposalDecided: {
    status: 409,
    code: SopErrorCode.ProposalAlreadyDecided,
    detail: 'Usulan tidak-1.7 sudah dikonfirmasi; ubah langkahnya lewat draf bila perlu',
    summary: 'The proposal was confirmed or rejected before',
  },
  proposalStale: {
    status: 409,
    code: SopErrorCode.ProposalStale,
    detail: 'Langkah 7 bukan lagi keputusan di draf; tolak usulan tidak-1.7 atau ubah drafnya',
    summary: "The proposal's step was edited away",
  },
  notEditable: {
    status: 409,
    code: SopErrorCode.VersionNotEditable,
    detail: 'Versi 1 sudah disahkan dan tidak dapat diubah; buat revisi',
    summary: 'The version was approved or made effective: start a revision',
  },
  versionSubmitted: {
    status: 409,
    code: SopErrorCode.VersionSubmitted,
    detail: 'Versi 1 sedang diajukan untuk pengesahan; kembalikan dulu sebelum diubah',
    summary: 'The version is waiting for approval',
  },
  alreadySubmitted: { status: 409, code: SopErrorCode.AlreadySubmitted, detail: 'Versi 1 sudah diajukan untuk pengesahan', summary: 'The version was submitted already' },
  notSubmitted: { status: 409, code: SopErrorCode.NotSubmitted, detail: 'Versi 1 belum diajukan untuk pengesahan', summary: 'The version is not waiting for approval' },
  alreadyApproved: { status: 409, code: SopErrorCode.AlreadyApproved, detail: 'Versi 1 sudah disahkan', summary: 'The version was approved already' },
  approverNotPengesah: {
    status: 403,
    code: SopErrorCode.ApproverNotPengesah,
    detail: 'Versi 1 hanya dapat disahkan oleh Ir. Ansfridus J. Andjioe, ME',
    summary: 'The approving user is not the document\'s "Disahkan oleh"',
  },
  notApproved: { status: 409, code: SopErrorCode.NotApproved, detail: 'Versi 2 belum disahkan', summary: 'Only an approved version can take effect' },
  effectiveDate: {
    status: 400,
    code: SopErrorCode.EffectiveDateNotAfterPrevious,
    detail: 'Tanggal efektif harus sesudah tanggal efektif versi 1 (2024-01-02)',
    errors: [{ field: 'effectiveFrom', message: 'Tanggal efektif harus sesudah tanggal efektif versi 1 (2024-01-02)' }],
    summary: 'A new version must take effect after the one it supersedes',
  },
  invalidDate: {
    status: 400,
    code: SopErrorCode.InvalidDate,
    detail: 'Tanggal tidak valid: "2026-02-30"',
    errors: [{ field: 'effectiveFrom', message: 'Tanggal harus berupa tanggal kalender dengan format YYYY-MM-DD' }],
    summary: 'Not a calendar date',
  },
  draftExists: {
    status: 409,
    code: SopErrorCode.DraftExists,
    detail: 'Versi 3 masih dalam proses; hanya satu draf yang boleh ada',
    summary: 'A version is still open (draft, submitted or approved)',
  },
  notEffective: { status: 409, code: SopErrorCode.NotEffective, detail: 'SOP belum pernah berlaku', summary: 'The SOP was never made effective' },
  retireDate: {
    status: 400,
    code: SopErrorCode.RetireDateNotAfterEffective,
    detail: 'Tanggal pencabutan harus sesudah tanggal efektif versi 2 (2025-01-02)',
    errors: [{ field: 'retiredFrom', message: 'Tanggal pencabutan harus sesudah tanggal efektif versi 2 (2025-01-02)' }],
    summary: 'Retirement must come after the effective date',
  },
  readOnly: {
    status: 403,
    code: 'READ_ONLY_ROLE',
    detail: 'Jabatan Anda hanya dapat melihat data, tidak dapat mengubahnya.',
    summary: 'Auditors and provincial viewers only read',
  },
} satisfies Record<string, ProblemExample>;

/** Example path ids in the documentation. */
export const SOP_EXAMPLE_PATH = `/sops/${SOP_ID}`;
export const SOP_ID_EXAMPLE = SOP_ID;
