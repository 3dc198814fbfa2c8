import type { DomainErrorDetail } from '@jejak/domain-kit';
import {
  APPLICANT_KINDS, DOCUMENT_SUPPLIERS, PERMIT_OUTPUTS, VALIDITY_KINDS, VERIFICATIONS,
  type PermitTypeContent, type Sourced,
} from './permit-type.content';

export const PERMIT_TYPE_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;
const ITEM_CODE = /^[a-z][a-z0-9-]{0,59}$/;
const MAX_TEXT = 500;

const text = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0 && value.length <= MAX_TEXT;

function sourced(errors: DomainErrorDetail[], field: string, value: Sourced): void {
  if (!VERIFICATIONS.includes(value.verification)) errors.push({ field: `${field}.verification`, message: `Harus salah satu dari ${VERIFICATIONS.join(', ')}` });
  if (!text(value.source)) errors.push({ field: `${field}.source`, message: 'Sumber wajib diisi' });
}

function uniqueCodes(errors: DomainErrorDetail[], field: string, items: readonly { code: string }[]): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (!ITEM_CODE.test(item.code)) errors.push({ field: `${field}[${i}].code`, message: 'Kode huruf kecil, angka dan tanda hubung (mis. "surat-permohonan")' });
    else if (seen.has(item.code)) errors.push({ field: `${field}[${i}].code`, message: `Kode ${item.code} sudah dipakai` });
    seen.add(item.code);
  });
}

/** Every problem of a permit type's content, each naming its field (`documents[2].suppliedBy`). Pure. */
export function contentProblems(content: PermitTypeContent): DomainErrorDetail[] {
  const errors: DomainErrorDetail[] = [];
  if (!text(content.name)) errors.push({ field: 'name', message: 'Nama jenis izin wajib diisi' });
  if (!text(content.sop.nama)) errors.push({ field: 'sop.nama', message: 'Nama SOP wajib diisi' });
  sourced(errors, 'sop', content.sop);
  if (content.applicantKinds.length === 0) errors.push({ field: 'applicantKinds', message: 'Paling sedikit satu jenis pemohon' });
  content.applicantKinds.forEach((k, i) => { if (!APPLICANT_KINDS.includes(k)) errors.push({ field: `applicantKinds[${i}]`, message: `Harus salah satu dari ${APPLICANT_KINDS.join(', ')}` }); });
  content.prerequisites.forEach((p, i) => { if (!PERMIT_TYPE_CODE.test(p)) errors.push({ field: `prerequisites[${i}]`, message: 'Kode jenis izin tidak valid' }); });
  uniqueCodes(errors, 'documents', content.documents);
  content.documents.forEach((d, i) => {
    if (!text(d.name)) errors.push({ field: `documents[${i}].name`, message: 'Nama dokumen wajib diisi' });
    if (!DOCUMENT_SUPPLIERS.includes(d.suppliedBy)) errors.push({ field: `documents[${i}].suppliedBy`, message: `Harus salah satu dari ${DOCUMENT_SUPPLIERS.join(', ')}` });
    sourced(errors, `documents[${i}]`, d);
  });
  uniqueCodes(errors, 'checks', content.checks);
  content.checks.forEach((c, i) => {
    if (!text(c.question)) errors.push({ field: `checks[${i}].question`, message: 'Pertanyaan pemeriksaan wajib diisi' });
    sourced(errors, `checks[${i}]`, c);
  });
  uniqueCodes(errors, 'outsideSteps', content.outsideSteps);
  content.outsideSteps.forEach((s, i) => {
    if (!text(s.name)) errors.push({ field: `outsideSteps[${i}].name`, message: 'Nama langkah wajib diisi' });
    if (!/^[A-Z][A-Z0-9-]{1,19}$/.test(s.system)) errors.push({ field: `outsideSteps[${i}].system`, message: 'Kode sistem huruf besar (mis. OSS, SIINAS, ODS)' });
    sourced(errors, `outsideSteps[${i}]`, s);
  });
  if (content.outputs.length === 0) errors.push({ field: 'outputs', message: 'Paling sedikit satu keluaran' });
  content.outputs.forEach((o, i) => { if (!PERMIT_OUTPUTS.includes(o)) errors.push({ field: `outputs[${i}]`, message: `Harus salah satu dari ${PERMIT_OUTPUTS.join(', ')}` }); });
  const validity = content.validity;
  if (!(VALIDITY_KINDS as readonly string[]).includes(validity.kind)) errors.push({ field: 'validity.kind', message: `Harus salah satu dari ${VALIDITY_KINDS.join(', ')}` });
  if (validity.kind === 'months' && !(Number.isInteger(validity.months) && validity.months >= 1 && validity.months <= 600)) {
    errors.push({ field: 'validity.months', message: 'Masa berlaku 1 sampai 600 bulan' });
  }
  sourced(errors, 'validity', validity);
  const days = content.standardWorkingDays.value;
  if (days !== null && !(Number.isInteger(days) && days >= 1 && days <= 365)) errors.push({ field: 'standardWorkingDays.value', message: 'Waktu standar 1 sampai 365 hari kerja, atau null' });
  sourced(errors, 'standardWorkingDays', content.standardWorkingDays);
  const nikKoperasi = content.identifierShapes.nikKoperasi;
  if (nikKoperasi) {
    if (!(Number.isInteger(nikKoperasi.digits) && nikKoperasi.digits >= 4 && nikKoperasi.digits <= 30)) errors.push({ field: 'identifierShapes.nikKoperasi.digits', message: 'Jumlah digit 4 sampai 30' });
    if (nikKoperasi.prefix !== undefined && !/^\d{1,10}$/.test(nikKoperasi.prefix)) errors.push({ field: 'identifierShapes.nikKoperasi.prefix', message: 'Awalan berupa angka' });
    sourced(errors, 'identifierShapes.nikKoperasi', nikKoperasi);
  } else if (content.applicantKinds.includes('cooperative')) {
    errors.push({ field: 'identifierShapes.nikKoperasi', message: 'Bentuk NIK koperasi wajib diisi bila pemohonnya koperasi' });
  }
  return errors;
}
