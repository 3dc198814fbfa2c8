import type { Installment } from '@jejak/loan-schedule';
import type { AllocationPart } from '../loan-product/loan-product.events';

/** What has been paid of one installment. */
export interface InstallmentPaid {
  principal: number;
  interest: number;
}

/** One installment's share of a payment. */
export interface AllocationLine {
  installment: number;
  principal: number;
  interest: number;
}

/** The amount still due, pokok plus jasa, over the whole schedule. */
export function outstandingTotal(schedule: Installment[], paid: Record<number, InstallmentPaid>): number {
  return schedule.reduce((sum, i) => sum + i.principal - (paid[i.number]?.principal ?? 0) + i.interest - (paid[i.number]?.interest ?? 0), 0);
}

/**
 * Allocates a payment (integer rupiah) over the schedule, oldest installment first (overdue before
 * current, then prepaying the next ones), and within each installment in the product's allocation
 * order. Denda is not computed yet, so the `penalty` part takes nothing. Pure; never allocates more
 * than is due: the caller refuses an amount above `outstandingTotal`.
 */
export function allocatePayment(amount: number, schedule: Installment[], paid: Record<number, InstallmentPaid>, order: AllocationPart[]): AllocationLine[] {
  let left = amount;
  const lines: AllocationLine[] = [];
  for (const installment of schedule) {
    if (left === 0) break;
    const already = paid[installment.number] ?? { principal: 0, interest: 0 };
    const line: AllocationLine = { installment: installment.number, principal: 0, interest: 0 };
    for (const part of order) {
      if (part === 'penalty') continue;
      const due = installment[part] - already[part];
      const take = Math.min(due, left);
      line[part] += take;
      left -= take;
    }
    if (line.principal + line.interest > 0) lines.push(line);
  }
  return lines;
}

/** The paid amounts after a set of allocations. */
export function applyAllocation(paid: Record<number, InstallmentPaid>, lines: AllocationLine[]): Record<number, InstallmentPaid> {
  const next = { ...paid };
  for (const line of lines) {
    const before = next[line.installment] ?? { principal: 0, interest: 0 };
    next[line.installment] = { principal: before.principal + line.principal, interest: before.interest + line.interest };
  }
  return next;
}
