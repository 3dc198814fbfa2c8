import { assertNever, illegalState, notFound, validationError, type DomainErrorDetail } from '@jejak/domain-kit';
import { checkNib, checkNik, checkNikKoperasi } from '../identifiers';
import type { PermitApplicationCommand, RegisterApplication } from './permit-application.commands';
import type { Applicant, PermitApplicationEvent } from './permit-application.events';
import type { ApplicationFile, PermitApplicationState } from './permit-application.state';

const SHA256 = /^[a-f0-9]{64}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_TEXT = 500;

type Open = Extract<PermitApplicationState, { stage: 'checking' | 'deficient' | 'verified' }>;

const required = (value: string | undefined, field: string, message: string, errors: DomainErrorDetail[]): string => {
  const v = (value ?? '').trim();
  if (!v || v.length > MAX_TEXT) errors.push({ field, message });
  return v;
};

function register(command: RegisterApplication): PermitApplicationEvent[] {
  const errors: DomainErrorDetail[] = [];
  const type = command.permitType;
  const kind = command.applicant.kind;
  if (!type.applicantKinds.includes(kind)) errors.push({ field: 'applicant.kind', message: `Jenis izin ${type.permitType} hanya untuk pemohon ${type.applicantKinds.join(', ')}` });
  const name = required(command.personal.name, 'personal.name', 'Nama pemohon atau narahubung wajib diisi', errors);
  let applicant: Applicant = { kind: 'person' };
  let nik: string | undefined;
  if (command.personal.nik !== undefined || kind === 'person') {
    const checked = checkNik(command.personal.nik ?? '');
    if (checked.ok) nik = checked.value;
    else errors.push({ field: 'personal.nik', message: checked.reason });
  }
  if (kind === 'business') {
    const checked = checkNib(command.applicant.nib ?? '');
    if (!checked.ok) errors.push({ field: 'applicant.nib', message: checked.reason });
    const organisationName = required(command.applicant.organisationName, 'applicant.organisationName', 'Nama usaha wajib diisi', errors);
    applicant = { kind, nib: checked.ok ? checked.value : '', organisationName };
  } else if (kind === 'cooperative') {
    const shape = type.nikKoperasi;
    const checked = shape ? checkNikKoperasi(command.applicant.nikKoperasi ?? '', shape) : ({ ok: false, reason: 'Jenis izin ini tidak menetapkan bentuk NIK koperasi' } as const);
    if (!checked.ok && (shape || type.applicantKinds.includes(kind))) errors.push({ field: 'applicant.nikKoperasi', message: checked.reason });
    const organisationName = required(command.applicant.organisationName, 'applicant.organisationName', 'Nama koperasi wajib diisi', errors);
    applicant = { kind, nikKoperasi: checked.ok ? checked.value : '', organisationName };
  }
  if (command.nationalReference) {
    required(command.nationalReference.system, 'nationalReference.system', 'Sistem nasional wajib diisi', errors);
    required(command.nationalReference.reference, 'nationalReference.reference', 'Nomor rujukan sistem nasional wajib diisi', errors);
  }
  if (errors.length > 0) throw validationError('APPLICATION_INVALID', 'Data permohonan tidak valid', errors);
  const personal = {
    name,
    ...(nik ? { nik } : {}),
    ...(command.personal.address?.trim() ? { address: command.personal.address.trim() } : {}),
    ...(command.personal.phone?.trim() ? { phone: command.personal.phone.trim() } : {}),
  };
  const { applicantKinds: _kinds, nikKoperasi: _shape, ...checklist } = type;
  return [{
    type: 'ApplicationRegistered',
    data: {
      id: command.id, tenant: command.tenant, checklist, applicant, personal,
      nationalReference: command.nationalReference ? { system: command.nationalReference.system.trim(), reference: command.nationalReference.reference.trim() } : null,
      at: command.at,
    },
  }];
}

const notAccepted = (file: ApplicationFile): string[] => file.checklist.documents.filter((d) => file.documents[d]?.status !== 'accepted');

function open(state: PermitApplicationState): Open {
  if (state.stage === 'none') throw notFound('APPLICATION_NOT_FOUND', 'Permohonan tidak ditemukan');
  if (state.stage === 'closed') throw illegalState('APPLICATION_CLOSED', `Permohonan sudah selesai (${state.result.outcome})`);
  return state;
}

function reason(value: string, field = 'reason'): string {
  const v = value.trim();
  if (!v || v.length > MAX_TEXT) throw validationError('REASON_REQUIRED', 'Alasan wajib diisi', [{ field, message: 'Alasan wajib diisi' }]);
  return v;
}

/** Pure: the events a command produces in a state, or a DomainError with a stable code. */
export function decide(command: PermitApplicationCommand, state: PermitApplicationState): PermitApplicationEvent[] {
  switch (command.type) {
    case 'RegisterApplication':
      if (state.stage !== 'none') throw illegalState('APPLICATION_ALREADY_EXISTS', 'Permohonan sudah ada');
      return register(command);
    case 'ReceiveDocument': {
      const s = open(state);
      if (!s.checklist.documents.includes(command.document)) {
        throw validationError('DOCUMENT_NOT_IN_CHECKLIST', `Dokumen ${command.document} tidak ada dalam daftar persyaratan ${s.checklist.permitType}`, [{ field: 'document', message: `Persyaratan: ${s.checklist.documents.join(', ')}` }]);
      }
      if (!SHA256.test(command.contentHash)) throw validationError('CONTENT_HASH_INVALID', 'Hash isi dokumen harus SHA-256 (64 heksadesimal)', [{ field: 'contentHash', message: 'SHA-256, 64 karakter heksadesimal huruf kecil' }]);
      if (s.stage === 'verified') throw illegalState('APPLICATION_ALREADY_VERIFIED', 'Berkas sudah diverifikasi lengkap');
      if (s.documents[command.document]?.status === 'accepted') throw illegalState('DOCUMENT_ALREADY_ACCEPTED', `Dokumen ${command.document} sudah diterima`);
      return [{ type: 'DocumentReceived', data: { document: command.document, contentHash: command.contentHash, at: command.at } }];
    }
    case 'CheckDocument': {
      const s = open(state);
      if (!s.checklist.documents.includes(command.document)) {
        throw validationError('DOCUMENT_NOT_IN_CHECKLIST', `Dokumen ${command.document} tidak ada dalam daftar persyaratan ${s.checklist.permitType}`, [{ field: 'document', message: `Persyaratan: ${s.checklist.documents.join(', ')}` }]);
      }
      if (s.stage !== 'checking') throw illegalState('APPLICATION_NOT_CHECKING', s.stage === 'deficient' ? 'Menunggu pemohon melengkapi kekurangan' : 'Berkas sudah diverifikasi');
      if (s.documents[command.document]?.status !== 'received') throw illegalState('DOCUMENT_NOT_RECEIVED', `Dokumen ${command.document} belum diterima (atau sudah diperiksa)`);
      if (command.verdict === 'accepted') return [{ type: 'DocumentAccepted', data: { document: command.document, at: command.at } }];
      return [{ type: 'DocumentRejected', data: { document: command.document, reason: reason(command.reason ?? ''), at: command.at } }];
    }
    case 'NoticeDeficiency': {
      const s = open(state);
      if (s.stage !== 'checking') throw illegalState('APPLICATION_NOT_CHECKING', 'Kekurangan hanya dicatat saat berkas diperiksa');
      const missing = notAccepted(s);
      if (missing.length === 0) throw illegalState('APPLICATION_COMPLETE', 'Semua dokumen sudah diterima: verifikasi, bukan surat kekurangan');
      return [{ type: 'DeficiencyNoticed', data: { round: s.deficiencyRounds + 1, documents: missing, letterReference: command.letterReference?.trim() || null, at: command.at } }];
    }
    case 'CompleteDeficiency': {
      const s = open(state);
      if (s.stage !== 'deficient') throw illegalState('NO_OPEN_DEFICIENCY', 'Tidak ada surat kekurangan yang menunggu');
      return [{ type: 'DeficiencyCompleted', data: { round: s.deficiencyRounds, at: command.at } }];
    }
    case 'VerifyApplication': {
      const s = open(state);
      if (s.stage !== 'checking') throw illegalState('APPLICATION_NOT_CHECKING', s.stage === 'deficient' ? 'Menunggu pemohon melengkapi kekurangan' : 'Berkas sudah diverifikasi');
      const missing = notAccepted(s);
      if (missing.length > 0) {
        throw illegalState('APPLICATION_INCOMPLETE', 'Berkas belum lengkap', missing.map((d) => ({ field: `documents.${d}`, message: `Dokumen ${d} belum diterima` })));
      }
      return [{ type: 'ApplicationVerified', data: { deficiencyRounds: s.deficiencyRounds, at: command.at } }];
    }
    case 'RecordInspection': {
      const s = open(state);
      if (s.stage !== 'verified') throw illegalState('APPLICATION_NOT_VERIFIED', 'Pemeriksaan lapangan setelah berkas diverifikasi lengkap');
      const errors: DomainErrorDetail[] = [];
      command.answers.forEach((a, i) => {
        if (!s.checklist.checks.includes(a.check)) errors.push({ field: `answers[${i}].check`, message: `Pemeriksaan ${a.check} tidak ada pada jenis izin ini` });
        else if (command.answers.findIndex((b) => b.check === a.check) !== i) errors.push({ field: `answers[${i}].check`, message: `Pemeriksaan ${a.check} dijawab dua kali` });
        if (a.answer !== 'ya' && a.answer !== 'tidak') errors.push({ field: `answers[${i}].answer`, message: 'Jawaban ya atau tidak' });
      });
      const unanswered = s.checklist.checks.filter((c) => !command.answers.some((a) => a.check === c));
      if (unanswered.length > 0) errors.push({ field: 'answers', message: `Belum dijawab: ${unanswered.join(', ')}` });
      const report = command.report.trim();
      if (!report || report.length > 5000) errors.push({ field: 'report', message: 'Laporan hasil pemeriksaan wajib diisi' });
      if (errors.length > 0) throw validationError('INSPECTION_INVALID', 'Hasil pemeriksaan lapangan tidak valid', errors);
      return [{ type: 'FieldInspectionRecorded', data: { answers: command.answers.map(({ check, answer }) => ({ check, answer })), report, at: command.at } }];
    }
    case 'RecordOutsideStep': {
      const s = open(state);
      const errors: DomainErrorDetail[] = [];
      if (!s.checklist.outsideSteps.includes(command.step)) errors.push({ field: 'step', message: `Langkah luar: ${s.checklist.outsideSteps.join(', ')}` });
      const ref = command.reference.trim();
      if (!ref || ref.length > 200) errors.push({ field: 'reference', message: 'Nomor rujukan dari sistem luar wajib diisi' });
      if (!(Date.parse(command.completedAt) >= Date.parse(command.startedAt))) errors.push({ field: 'completedAt', message: 'Selesai tidak boleh sebelum mulai' });
      if (Date.parse(command.startedAt) < Date.parse(s.registeredAt)) errors.push({ field: 'startedAt', message: 'Tidak boleh sebelum permohonan didaftarkan' });
      if (Date.parse(command.completedAt) > Date.parse(command.at)) errors.push({ field: 'completedAt', message: 'Tidak boleh di masa depan' });
      if (errors.length > 0) throw validationError('OUTSIDE_STEP_INVALID', 'Langkah di luar dinas tidak valid', errors);
      return [{ type: 'OutsideStepRecorded', data: { step: command.step, reference: ref, startedAt: command.startedAt, completedAt: command.completedAt, at: command.at } }];
    }
    case 'IssuePermit': {
      const s = open(state);
      if (s.stage !== 'verified') throw illegalState('APPLICATION_NOT_VERIFIED', 'Izin tidak dapat dicatat terbit sebelum berkas diverifikasi lengkap');
      if (s.checklist.checks.length > 0 && s.inspection === null) throw illegalState('INSPECTION_REQUIRED', 'Pemeriksaan lapangan belum dicatat');
      const errors: DomainErrorDetail[] = [];
      const number = command.number.trim();
      if (!number || number.length > 200) errors.push({ field: 'number', message: 'Nomor izin dari sistem nasional wajib diisi' });
      if (!ISO_DATE.test(command.issuedOn)) errors.push({ field: 'issuedOn', message: 'Tanggal terbit YYYY-MM-DD' });
      if (command.validUntil !== null && !(ISO_DATE.test(command.validUntil) && command.validUntil >= command.issuedOn)) errors.push({ field: 'validUntil', message: 'Berlaku sampai YYYY-MM-DD, tidak sebelum tanggal terbit' });
      if (errors.length > 0) throw validationError('PERMIT_INVALID', 'Data izin tidak valid', errors);
      return [{ type: 'PermitIssued', data: { number, issuedOn: command.issuedOn, validUntil: command.validUntil, at: command.at } }];
    }
    case 'RefuseApplication':
      open(state);
      return [{ type: 'ApplicationRefused', data: { reason: reason(command.reason), at: command.at } }];
    case 'WithdrawApplication':
      open(state);
      return [{ type: 'ApplicationWithdrawn', data: { reason: reason(command.reason), at: command.at } }];
    default:
      return assertNever(command, 'permit-application command');
  }
}
