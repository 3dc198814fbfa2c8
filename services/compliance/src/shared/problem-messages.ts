import { DomainError, type DomainErrorDetail } from '@jejak/domain-kit';
import { CaseErrorCode } from '../domain/case/case-error.codes';

/**
 * What a compliance refusal says to the person who met it, in Bahasa Indonesia: the thing by its name (SOP number and
 * title, step number and name, person), and what to do. The deciders keep their stable codes and their details; this
 * catalogue, applied at the HTTP edge (`ComplianceProblemMessages`), words each code for people. Names the error does
 * not carry are looked up from the read models (the case, the SOP it runs) by the interceptor.
 */
export interface ProblemMessageContext {
  /** "SOP 518/917/KUKRU-IV-1 Pelayanan Konsultasi PLUT", or "SOP ini" when unknown. */
  sop: string;
  /** "langkah 1.4 \"Memverifikasi berkas\"", or "langkah 1.4", or "langkah ini". */
  step: string;
  /** The step the flow expects next, named the same way (STEP_OUT_OF_ORDER, STEP_IN_PROGRESS, DECISION_PENDING). */
  expectedStep: string;
  /** The caller, by name. */
  person: string;
  /** The case by its reference ("kasus SK 800/045/PLUT/2026"), or "kasus ini". */
  kasus: string;
  /** The decider's own message (kept when it already names everything in Bahasa). */
  original: string;
  details: readonly DomainErrorDetail[];
}

type Template = (c: ProblemMessageContext) => string;

const fields = (c: ProblemMessageContext): string => {
  const named = [...new Set(c.details.map((d) => d.field).filter((f): f is string => typeof f === 'string' && f !== ''))];
  return named.length > 0 ? ` (${named.join(', ')})` : '';
};

/** Kept as the decider words it: already Bahasa Indonesia, with the names and what to do. */
const AS_DECIDED: Template = (c) => c.original;

export const COMPLIANCE_PROBLEM_MESSAGES: Readonly<Record<string, Template>> = {
  // The case engine (CaseErrorCode).
  [CaseErrorCode.AlreadyStarted]: (c) => `${cap(c.kasus)} sudah dimulai. Buka kasus tersebut untuk melanjutkannya, atau mulai kasus baru tanpa menyebut id kasus.`,
  [CaseErrorCode.NotFound]: () => 'Kasus tidak ditemukan di dinas Anda. Periksa tautan atau nomor kasus, atau cari kasusnya di daftar kasus.',
  [CaseErrorCode.Completed]: (c) => `${cap(c.kasus)} pada ${c.sop} sudah selesai; langkahnya tidak dapat diubah lagi. Mulai kasus baru bila pekerjaan berlanjut.`,
  [CaseErrorCode.Cancelled]: (c) => `${cap(c.kasus)} pada ${c.sop} sudah dibatalkan; tidak ada langkah yang dapat dicatat. Mulai kasus baru bila pekerjaan berlanjut.`,
  [CaseErrorCode.SopWithoutSteps]: (c) => `${cap(c.sop)} belum memiliki langkah, sehingga kasus tidak dapat dimulai. Minta penyusun SOP melengkapi langkahnya.`,
  [CaseErrorCode.ProcedureUnknown]: (c) => `${cap(c.sop)} tidak memiliki prosedur yang dipilih${fields(c)}. Pilih salah satu prosedur yang ada pada SOP.`,
  [CaseErrorCode.DecisionTargetUnknown]: (c) => `Keputusan pada ${c.step} di ${c.sop} menunjuk langkah yang tidak ada. Minta penyusun SOP memperbaiki langkah tujuannya (revisi SOP).`,
  [CaseErrorCode.DecisionBranchMissing]: AS_DECIDED,
  [CaseErrorCode.StepUnknown]: (c) => `${cap(c.sop)} tidak memiliki ${c.step}. Pilih langkah yang ada pada SOP versi kasus ini.`,
  [CaseErrorCode.StepOutOfOrder]: (c) => `${cap(c.step)} belum dapat dimulai: menurut alur ${c.sop}, yang berikutnya adalah ${c.expectedStep}. Kerjakan langkah itu dahulu.`,
  [CaseErrorCode.StepInProgress]: (c) => `${cap(c.expectedStep)} masih berjalan pada ${c.kasus}. Selesaikan langkah itu dahulu.`,
  [CaseErrorCode.StepNotStarted]: (c) => `${cap(c.step)} belum dimulai pada ${c.kasus}, sehingga belum dapat diselesaikan. Mulai langkah itu dahulu.`,
  [CaseErrorCode.DecisionPending]: (c) => `${cap(c.expectedStep)} menunggu keputusan ("ya" atau "tidak"). Catat keputusannya dahulu.`,
  [CaseErrorCode.NoDecisionPending]: (c) => `${cap(c.step)} tidak sedang menunggu keputusan. Keputusan dicatat setelah langkah keputusan diselesaikan.`,
  [CaseErrorCode.DecisionAnswerInvalid]: (c) => `Jawaban keputusan untuk ${c.step} harus "ya" atau "tidak". Kirim ulang dengan salah satu jawaban itu.`,
  [CaseErrorCode.DecisionRequired]: (c) => `${cap(c.step)} adalah langkah keputusan: catat jawabannya ("ya" atau "tidak") pada kolom decision.`,
  [CaseErrorCode.DecisionNotExpected]: (c) => `${cap(c.step)} bukan langkah keputusan: kosongkan kolom decision.`,
  [CaseErrorCode.NotPelaksana]: (c) =>
    !c.original.startsWith('user ')
      ? c.original
      : `${c.person} bukan pelaksana ${c.step} pada ${c.sop}${pelaksanaOf(c.original)}. Minta pelaksana langkah tersebut mencatatnya, atau minta admin dinas memeriksa pemetaan jabatan.`,
  [CaseErrorCode.PelaksanaUnmapped]: (c) =>
    `Pelaksana ${c.step} pada ${c.sop}${unmappedOf(c.original)} belum dipetakan ke jabatan mana pun. Minta admin dinas melengkapi pemetaan jabatan (PUT /role-mappings), lalu ulangi.`,
  [CaseErrorCode.NoStaffRole]: (c) => `${c.person} belum memiliki jabatan yang dikenal Jejak. Minta admin dinas menambahkan jabatan Anda di penyedia identitas.`,
  [CaseErrorCode.NotTeamMember]: AS_DECIDED,
  [CaseErrorCode.TeamLaneUnknown]: (c) => `Lajur tim atau pihak luar yang disebut${fields(c)} tidak ada sebagai pelaksana di ${c.sop}. Gunakan nama lajur persis seperti pada SOP.`,
  [CaseErrorCode.TeamMembersInvalid]: AS_DECIDED,
  [CaseErrorCode.ExternalEvidenceRequired]: (c) => `${cap(c.step)} dikerjakan pihak luar: lampirkan buktinya (nomor referensi atau dokumen) saat mencatatnya.`,
  [CaseErrorCode.KelengkapanUnknown]: (c) => `Kelengkapan yang dicentang${fields(c)} tidak tercantum pada mutu baku ${c.step} di ${c.sop}. Pilih dari daftar kelengkapan langkah tersebut.`,
  [CaseErrorCode.CancelReasonRequired]: (c) => `Pembatalan ${c.kasus} memerlukan alasan. Isi kolom reason.`,
  [CaseErrorCode.HistorySourceRequired]: () => 'Riwayat dari kertas memerlukan sumbernya (misalnya "Buku Agenda 2023 hlm. 14"). Isi kolom source.',
  [CaseErrorCode.HistoryTimeInvalid]: (c) => `Waktu pada riwayat${fields(c)} tidak valid: harus waktu ISO 8601 (misalnya 2026-03-02T15:00:00+07:00), tidak di masa depan, dan mulai sebelum selesai.`,
  // Other compliance refusals (application services).
  SOP_NOT_FOUND: () => 'SOP tidak ditemukan di dinas Anda. Periksa id SOP, atau cari SOP-nya di katalog SOP.',
  SOP_NOT_EFFECTIVE: (c) => `${cap(c.sop)} tidak memiliki versi yang berlaku hari ini. Minta Kepala Dinas atau Sekretaris memberlakukan versinya, lalu mulai kasus.`,
  SOP_VERSION_UNKNOWN: AS_DECIDED,
  CASE_RUN_BY_ANOTHER_SERVICE: (c) => `${cap(c.kasus)} dijalankan oleh layanan lain (misalnya surat atau perizinan); catat langkahnya dari layanan tersebut.`,
  TENANT_NOT_READABLE: AS_DECIDED,
  CALENDAR_INVALID: AS_DECIDED,
  CALENDAR_NOT_FOUND: AS_DECIDED,
  HOLIDAY_YEAR_UNKNOWN: AS_DECIDED,
  ROLE_MAPPING_INVALID: (c) => (c.original.startsWith('the role mapping') ? `Pemetaan jabatan tidak valid${fields(c)}. Perbaiki isian yang disebut, lalu simpan ulang.` : c.original),
  ROLE_MAPPING_NOT_FOUND: AS_DECIDED,
  CURSOR_INVALID: () => 'Kursor halaman tidak valid. Muat ulang daftar dari halaman pertama (tanpa cursor).',
  EVALUATION_INVALID: AS_DECIDED,
  HISTORY_IMPORT_INVALID: AS_DECIDED,
  PERIOD_INVALID: AS_DECIDED,
  REPORT_FORMAT_UNKNOWN: AS_DECIDED,
  STEP_NOT_FOUND: (c) => `${cap(c.sop)} pada ${c.kasus} tidak memiliki ${c.step}. Tulis langkahnya sebagai <prosedur>.<langkah>, misalnya 1.4, sesuai SOP.`,
  PEOPLE_NOT_FOUND: AS_DECIDED,
};

const cap = (text: string): string => (text === '' ? text : text[0].toUpperCase() + text.slice(1));

/** "(jabatan: Kepala Bidang)" from "... (Kabid; roles KEPALA_BIDANG)". */
function pelaksanaOf(original: string): string {
  const match = /\(([^;()]+);/.exec(original);
  return match ? ` (pelaksananya: ${match[1].trim()})` : '';
}

/** " (\"Ketua Tim Kerja\")" from "... for pelaksana Ketua Tim Kerja". */
function unmappedOf(original: string): string {
  const match = /pelaksana (.+)$/.exec(original);
  return match ? ` ("${match[1].trim()}")` : '';
}

/** The refusal worded for people; the kind, code and details stay as the decider gave them. */
export function withProblemMessage(error: DomainError, context: ProblemMessageContext): DomainError {
  const template = COMPLIANCE_PROBLEM_MESSAGES[error.code];
  if (template === undefined) return error;
  const message = template({ ...context, original: error.message, details: error.details });
  return message === error.message ? error : new DomainError(error.kind, error.code, message, error.details);
}
