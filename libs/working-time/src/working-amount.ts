import type { WaktuUnit } from '@jejak/contracts';

/** An amount of working time in one of the SOP's waktu units. */
export interface WorkingAmount {
  amount: number;
  unit: WaktuUnit;
}

/** Office time between two instants: office minutes, and working days measured as explained in `workingDuration`. */
export interface WorkingDuration {
  officeMinutes: number;
  workingDays: number;
}

/** Rounds derived amounts to 4 decimals, so reports do not show binary noise (1.0000000000000002). */
export const round4 = (value: number): number => Math.round(value * 1e4) / 1e4;
