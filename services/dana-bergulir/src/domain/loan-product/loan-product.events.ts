import { EventTypeRegistry } from '@jejak/domain-kit';
import type { GraceInterest, InstallmentFrequency, ScheduleMethod } from '@jejak/loan-schedule';

/** An ISO-8601 instant, e.g. `2025-03-04T02:00:00.000Z`. */
export type IsoInstant = string;
/** A calendar day, YYYY-MM-DD. */
export type CalendarDate = string;

/** The parts of a payment, in the order a product's allocation applies them. */
export type AllocationPart = 'penalty' | 'interest' | 'principal';
export const ALLOCATION_PARTS: readonly AllocationPart[] = ['penalty', 'interest', 'principal'];

/** One rung of the kolektibilitas ladder: from this many days past due, this class and allowance. */
export interface KolektibilitasRung {
  /** The class as the dinas names it (Lancar, Kurang Lancar, Diragukan, Macet, ...). */
  name: string;
  fromDaysPastDue: number;
  /** Allowance (penyisihan) in percent of the outstanding, a decimal string ("0.5", "10"). */
  allowancePercent: string;
}

/**
 * The terms of one product version: per-dinas data, never hard-coded (the ladder in particular
 * differs between regions: PMK 201/2010, regency regulations, POJK 40/2019).
 */
export interface LoanProductTerms {
  /** Plafon per borrower, integer rupiah. */
  ceilingPerBorrower: number;
  /** Jasa per year in percent, a decimal string. */
  jasaRatePercent: string;
  termMonths: number;
  method: ScheduleMethod;
  frequency: InstallmentFrequency;
  grace: { periods: number; interest: GraceInterest };
  /** Denda: percent per month of the overdue amount (decimal string), from `graceDays` days after the due date. */
  penalty: { ratePercentPerMonth: string; graceDays: number };
  /** A permutation of penalty, interest, principal. */
  allocationOrder: AllocationPart[];
  kolektibilitas: KolektibilitasRung[];
}

export interface LoanProductVersion {
  version: number;
  effectiveFrom: CalendarDate;
  terms: LoanProductTerms;
}

export interface LoanProductDefined {
  type: 'LoanProductDefined';
  data: { id: string; tenant: string; code: string; name: string; version: 1; effectiveFrom: CalendarDate; terms: LoanProductTerms; at: IsoInstant };
}

export interface LoanProductVersionAdded {
  type: 'LoanProductVersionAdded';
  data: { version: number; effectiveFrom: CalendarDate; terms: LoanProductTerms; at: IsoInstant };
}

export type LoanProductEvent = LoanProductDefined | LoanProductVersionAdded;

/** The product's event types with their schema versions (see docs/adding-a-service.md, "Versioning events"). */
export const loanProductEventTypes = new EventTypeRegistry<LoanProductEvent>('loan-product')
  .register('LoanProductDefined', { version: 1 })
  .register('LoanProductVersionAdded', { version: 1 });

export const LOAN_PRODUCT_EVENT_TYPES: readonly LoanProductEvent['type'][] = ['LoanProductDefined', 'LoanProductVersionAdded'];
