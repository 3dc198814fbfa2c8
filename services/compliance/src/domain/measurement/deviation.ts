import type { PlatformRole } from '../roles/platform-role';

/**
 * A departure from the SOP found in one case. `seq` names the step execution (see `StepExecutionFact.seq`).
 * - skipped: passed over (a later step of its path ran) and never executed afterwards in that round;
 * - out_of_order: a passed-over step executed late;
 * - extra: an execution the flowchart did not allow there (e.g. repeated without a loop back);
 * - not_pelaksana: executed in a role that is not among the step's pelaksana (after mapping);
 * - pelaksana_unverified: the role cannot be checked (not recorded on paper, or the step's pelaksana are unmapped);
 * - kelengkapan_missing / output_missing: mutu baku items not checked / output not produced;
 * - times_invalid: recorded times run backwards (the step finished before it became available or started).
 * Rework loops are counted per case (`CaseMeasurement.reworkLoops`), not listed here: the SOP allows them.
 */
export type Deviation =
  | { kind: 'skipped'; stepKey: string }
  | { kind: 'out_of_order'; stepKey: string; seq: number }
  | { kind: 'extra'; stepKey: string; seq: number }
  | { kind: 'not_pelaksana'; stepKey: string; seq: number; role: PlatformRole; pelaksana: string[] }
  | { kind: 'pelaksana_unverified'; stepKey: string; seq: number; reason: 'role_not_recorded' | 'pelaksana_unmapped' }
  | { kind: 'kelengkapan_missing'; stepKey: string; seq: number; missing: string[] }
  | { kind: 'output_missing'; stepKey: string; seq: number }
  | { kind: 'times_invalid'; stepKey: string; seq: number };

export type DeviationKind = Deviation['kind'];

export const DEVIATION_KINDS: readonly DeviationKind[] = [
  'skipped',
  'out_of_order',
  'extra',
  'not_pelaksana',
  'pelaksana_unverified',
  'kelengkapan_missing',
  'output_missing',
  'times_invalid',
];
