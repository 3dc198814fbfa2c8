import type { DomainErrorDetail } from '@jejak/domain-kit';
import { compare, fromInteger, isCalendarDate, parseDecimal, scheduleInputErrors } from '@jejak/loan-schedule';
import { ALLOCATION_PARTS, type LoanProductTerms } from './loan-product.events';

export const PRODUCT_LIMITS = { code: 50, name: 200, rungName: 60, rungs: 10, maxGraceDays: 366 } as const;

const isPercent = (text: unknown): boolean => {
  const value = typeof text === 'string' ? parseDecimal(text) : null;
  return value !== null && compare(value, fromInteger(100)) <= 0;
};

/** Every field error of a product's terms (empty when valid), each naming its field under `terms.`. */
export function termsErrors(terms: LoanProductTerms): DomainErrorDetail[] {
  const errors: DomainErrorDetail[] = [];
  const schedule = scheduleInputErrors({
    principal: terms.ceilingPerBorrower,
    annualRatePercent: terms.jasaRatePercent,
    termMonths: terms.termMonths,
    method: terms.method,
    frequency: terms.frequency,
    grace: terms.grace,
  });
  const fieldOf: Record<string, string> = { principal: 'ceilingPerBorrower', annualRatePercent: 'jasaRatePercent' };
  for (const e of schedule) errors.push({ field: `terms.${fieldOf[e.field] ?? e.field}`, message: e.message.replace('Pokok pinjaman', 'Plafon per peminjam') });

  if (!isPercent(terms.penalty.ratePercentPerMonth)) errors.push({ field: 'terms.penalty.ratePercentPerMonth', message: 'Denda per bulan harus angka desimal 0–100 (persen)' });
  if (!Number.isSafeInteger(terms.penalty.graceDays) || terms.penalty.graceDays < 0 || terms.penalty.graceDays > PRODUCT_LIMITS.maxGraceDays) {
    errors.push({ field: 'terms.penalty.graceDays', message: `Masa tenggang denda harus 0–${PRODUCT_LIMITS.maxGraceDays} hari` });
  }
  const order = terms.allocationOrder;
  if (order.length !== ALLOCATION_PARTS.length || new Set(order).size !== order.length || !order.every((p) => ALLOCATION_PARTS.includes(p))) {
    errors.push({ field: 'terms.allocationOrder', message: 'Urutan alokasi harus memuat penalty, interest dan principal masing-masing sekali' });
  }
  const ladder = terms.kolektibilitas;
  if (ladder.length < 1 || ladder.length > PRODUCT_LIMITS.rungs) {
    errors.push({ field: 'terms.kolektibilitas', message: `Tangga kolektibilitas harus 1–${PRODUCT_LIMITS.rungs} tingkat` });
  } else {
    if (ladder[0].fromDaysPastDue !== 0) errors.push({ field: 'terms.kolektibilitas[0].fromDaysPastDue', message: 'Tingkat pertama harus mulai dari 0 hari tunggakan' });
    const names = new Set<string>();
    ladder.forEach((rung, i) => {
      const name = rung.name.trim();
      if (!name || name.length > PRODUCT_LIMITS.rungName || names.has(name)) errors.push({ field: `terms.kolektibilitas[${i}].name`, message: 'Nama kolektibilitas wajib diisi dan tidak boleh berulang' });
      names.add(name);
      if (i > 0 && !(Number.isSafeInteger(rung.fromDaysPastDue) && rung.fromDaysPastDue > ladder[i - 1].fromDaysPastDue)) {
        errors.push({ field: `terms.kolektibilitas[${i}].fromDaysPastDue`, message: 'Batas hari tunggakan harus naik dari tingkat sebelumnya' });
      }
      if (!isPercent(rung.allowancePercent)) errors.push({ field: `terms.kolektibilitas[${i}].allowancePercent`, message: 'Penyisihan harus angka desimal 0–100 (persen)' });
    });
  }
  return errors;
}

export function effectiveFromErrors(effectiveFrom: string): DomainErrorDetail[] {
  return isCalendarDate(effectiveFrom) ? [] : [{ field: 'effectiveFrom', message: 'Tanggal berlaku harus tanggal kalender YYYY-MM-DD' }];
}

/** The terms as stored: names trimmed. */
export const normalizeTerms = (terms: LoanProductTerms): LoanProductTerms => ({
  ...terms,
  jasaRatePercent: terms.jasaRatePercent.trim(),
  kolektibilitas: terms.kolektibilitas.map((rung) => ({ ...rung, name: rung.name.trim(), allowancePercent: rung.allowancePercent.trim() })),
  penalty: { ...terms.penalty, ratePercentPerMonth: terms.penalty.ratePercentPerMonth.trim() },
});
