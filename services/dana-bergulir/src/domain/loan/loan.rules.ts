import type { DomainErrorDetail } from '@jejak/domain-kit';
import { formatRupiah, isCalendarDate } from '@jejak/loan-schedule';
import { checkNib, checkNik, checkNikKoperasi } from '../identifiers';
import type { LoanProductTerms } from '../loan-product/loan-product.events';
import type { Applicant, PersonalData } from './loan.events';

export const LOAN_LIMITS = { name: 200, address: 500, purpose: 2_000, collateral: 2_000, missingItem: 300, missingItems: 30, note: 2_000, team: 10, skNumber: 100, bankReference: 100 } as const;

const text = (value: string, field: string, max: number, label: string): DomainErrorDetail[] =>
  !value.trim() || value.trim().length > max ? [{ field, message: `${label} wajib diisi (paling banyak ${max} karakter)` }] : [];

export function applicantErrors(applicant: Applicant): DomainErrorDetail[] {
  const check = applicant.kind === 'koperasi' ? checkNikKoperasi(applicant.number) : checkNib(applicant.number);
  return [
    ...(check.ok ? [] : [{ field: 'applicant.number', message: check.reason }]),
    ...text(applicant.name, 'applicant.name', LOAN_LIMITS.name, 'Nama koperasi/usaha'),
  ];
}

export function personalErrors(personal: PersonalData): DomainErrorDetail[] {
  const nik = checkNik(personal.nik);
  return [
    ...(nik.ok ? [] : [{ field: 'personal.nik', message: nik.reason }]),
    ...text(personal.name, 'personal.name', LOAN_LIMITS.name, 'Nama pemohon'),
    ...text(personal.address, 'personal.address', LOAN_LIMITS.address, 'Alamat pemohon'),
  ];
}

/** Amount, purpose, collateral and the receipt date, against the product version's ceiling. */
export function requestErrors(r: { receivedOn: string; amount: number; purpose: string; collateral: string }, terms: LoanProductTerms | null): DomainErrorDetail[] {
  const errors: DomainErrorDetail[] = [];
  if (!isCalendarDate(r.receivedOn)) errors.push({ field: 'receivedOn', message: 'Tanggal terima harus tanggal kalender YYYY-MM-DD' });
  if (!Number.isSafeInteger(r.amount) || r.amount <= 0) errors.push({ field: 'amount', message: 'Jumlah pinjaman harus bilangan bulat rupiah lebih dari 0' });
  else if (terms && r.amount > terms.ceilingPerBorrower) {
    errors.push({ field: 'amount', message: `Jumlah pinjaman melebihi plafon per peminjam (${formatRupiah(terms.ceilingPerBorrower)})` });
  }
  errors.push(...text(r.purpose, 'purpose', LOAN_LIMITS.purpose, 'Tujuan penggunaan'), ...text(r.collateral, 'collateral', LOAN_LIMITS.collateral, 'Agunan'));
  return errors;
}
