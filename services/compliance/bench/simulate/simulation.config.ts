import { createDinasCalendar, type DinasCalendar } from '@jejak/working-time';
import { DEFAULT_ROLE_MAPPING, unmappedSopRoles, type PlatformRole, type RoleMapping, type RoleMappingRule } from '../../src/domain';

/**
 * How a simulated dinas behaves. Every rate is per step execution unless said otherwise. SIMULATION DATA: plausible
 * values for a year of a Dinas Koperasi, not measurements.
 */
export interface DinasProfile {
  /** Multiplies every SOP's cases per month (a province handles more than a regency). */
  volume: number;
  /** Share of step executions that overrun their mutu baku waktu (some steps are worse: see `bottleneckSteps`). */
  lateRate: number;
  /** Steps per SOP that are chronic bottlenecks (late three times as often). */
  bottleneckSteps: number;
  /** Share of decisions answered "tidak" where that loops back (rework); halves on each further loop. */
  reworkRate: number;
  kelengkapanMissRate: number;
  outputMissRate: number;
  /** Share of cases cancelled before their end. */
  cancelRate: number;
  /** Share of cases left standing at some step and never finished (open, soon overdue). */
  stuckRate: number;
  /** Jejak goes live on this date; cases started before it were run on paper. */
  goLive: string;
  /** Share of the paper cases that staff later enter from the agenda books (historical records). */
  paperImportShare: number;
  /** Paper records: share of steps done by someone outside the SOP's pelaksana, or whose executor was not written down. */
  paperOutOfRoleRate: number;
  paperRoleUnknownRate: number;
  /** Paper records: share of steps skipped, and of pairs of steps done in the other order. */
  paperSkipRate: number;
  paperSwapRate: number;
}

export interface SimulationDinas {
  /** Kemendagri region code: the tenant. */
  tenant: string;
  nama: string;
  /** Where its reports are signed. */
  tempat: string;
  /** Seed files (in the seeds folder) holding its SOPs. */
  seedFiles: RegExp;
  calendar: () => DinasCalendar;
  /** Staff per platform role (user ids `<tenant>-<role>-<n>`). */
  staff: Readonly<Record<PlatformRole, number>>;
  profile: DinasProfile;
}

const BASE_PROFILE: DinasProfile = {
  volume: 1,
  lateRate: 0.12,
  bottleneckSteps: 1,
  reworkRate: 0.15,
  kelengkapanMissRate: 0.03,
  outputMissRate: 0.015,
  cancelRate: 0.02,
  stuckRate: 0.01,
  goLive: '2025-03-03',
  paperImportShare: 0.6,
  paperOutOfRoleRate: 0.08,
  paperRoleUnknownRate: 0.1,
  paperSkipRate: 0.04,
  paperSwapRate: 0.02,
};

/**
 * The three dinas of the seeds. All three are on WIB: Jawa Timur and Pacitan on Asia/Jakarta, Kalimantan Barat on
 * Asia/Pontianak (also UTC+7). Pacitan's calendar adds a Friday prayer break, to show a calendar that differs from
 * the default; that break is SIMULATION DATA, not Pacitan's published hours.
 */
export const SIMULATION_DINAS: readonly SimulationDinas[] = [
  {
    tenant: '35',
    nama: 'Dinas Koperasi dan UKM Provinsi Jawa Timur',
    tempat: 'Surabaya',
    seedFiles: /^jatim-.*\.txt$/,
    calendar: () => createDinasCalendar({ timeZone: 'Asia/Jakarta' }),
    staff: { KEPALA_DINAS: 1, SEKRETARIS: 1, KEPALA_BIDANG: 5, KASI: 12, STAF: 30, PETUGAS: 8 },
    profile: { ...BASE_PROFILE, volume: 1.6, lateRate: 0.1, goLive: '2025-02-03' },
  },
  {
    tenant: '61',
    nama: 'Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat',
    tempat: 'Pontianak',
    seedFiles: /^kalbar-.*\.txt$/,
    calendar: () => createDinasCalendar({ timeZone: 'Asia/Pontianak' }),
    staff: { KEPALA_DINAS: 1, SEKRETARIS: 1, KEPALA_BIDANG: 4, KASI: 9, STAF: 20, PETUGAS: 10 },
    profile: { ...BASE_PROFILE, volume: 1.2, lateRate: 0.18, reworkRate: 0.2, bottleneckSteps: 2, goLive: '2025-03-03' },
  },
  {
    tenant: '35.01',
    nama: 'Dinas Koperasi, Usaha Mikro dan Perindustrian Kabupaten Pacitan',
    tempat: 'Pacitan',
    seedFiles: /^pacitan-.*\.txt$/,
    calendar: () =>
      createDinasCalendar({
        timeZone: 'Asia/Jakarta',
        officeHours: {
          senin: { start: '07:30', end: '16:00' },
          selasa: { start: '07:30', end: '16:00' },
          rabu: { start: '07:30', end: '16:00' },
          kamis: { start: '07:30', end: '16:00' },
          jumat: { start: '07:30', end: '16:30', break: { start: '11:30', end: '13:00' } },
        },
      }),
    staff: { KEPALA_DINAS: 1, SEKRETARIS: 1, KEPALA_BIDANG: 4, KASI: 8, STAF: 18, PETUGAS: 6 },
    profile: { ...BASE_PROFILE, volume: 0.6, lateRate: 0.16, paperImportShare: 0.7, paperOutOfRoleRate: 0.12, goLive: '2025-04-14' },
  },
];

/**
 * Rules a dinas would add for the pelaksana texts of the seeds that the default mapping does not know, so that live
 * cases can run. Compliance measures with the default mapping, so those steps still show as "pelaksana tidak dapat
 * diperiksa" until the dinas configures its mapping: that is what the seeds would look like on day one.
 */
export const SIMULATION_ROLE_RULES: readonly RoleMappingRule[] = [
  { sopRoles: ['Bupati'], platformRoles: ['KEPALA_DINAS'], note: 'The Bupati signs outside the dinas; the Kepala Dinas records it.' },
  { sopRoles: ['Unit Kerja', 'Bidang', 'Bid', 'Tim', 'Tim Survey', 'TP', 'Admin', 'Pengelola Dana Bergulir'], platformRoles: ['STAF'] },
  { sopRoles: ['Konsultan'], platformRoles: ['PETUGAS'] },
  { sopRoles: ['Bank', 'Koperasi', 'Koperasi & Usaha Mikro Kecil Menengah', 'Bakesbangpol'], platformRoles: ['PETUGAS'], note: 'Parties outside the dinas: the front office records their steps.' },
];

/**
 * The mapping the simulated staff work under: the defaults, the rules above, and a last rule sending any pelaksana
 * text still unmapped (the importer is not perfect: "S Staf", "Gas Kopera") to STAF, so every step can run.
 */
export function simulationRoleMapping(pelaksanaTexts: readonly string[]): RoleMapping {
  const base: RoleMapping = { rules: [...DEFAULT_ROLE_MAPPING.rules, ...SIMULATION_ROLE_RULES] };
  const rest = unmappedSopRoles(base, pelaksanaTexts);
  if (rest.length === 0) return base;
  return { rules: [...base.rules, { sopRoles: rest, platformRoles: ['STAF'], note: 'Simulation fallback for texts no rule maps.' }] };
}
