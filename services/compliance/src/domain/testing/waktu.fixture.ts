import type { Waktu, WaktuUnit } from '@jejak/contracts';

const UNITS: Record<string, WaktuUnit> = { menit: 'menit', jam: 'jam', hari: 'hari', minggu: 'minggu', bulan: 'bulan' };

/** Reads the waktu texts of the seeds ("15 Menit", "2-4 hari", "Maksimal 1 hari", "Menyesuaikan", "N/A") for test fixtures. */
export function waktu(raw: string): Waktu {
  const text = raw.trim().toLowerCase();
  const range = /^(\d+)\s*-\s*(\d+)\s+(\w+)$/.exec(text);
  if (range && UNITS[range[3]]) return { raw, min: Number(range[1]), max: Number(range[2]), unit: UNITS[range[3]], ceiling: false };
  const ceiling = /^maksimal\s+(\d+)\s+(\w+)$/.exec(text);
  if (ceiling && UNITS[ceiling[2]]) return { raw, min: null, max: Number(ceiling[1]), unit: UNITS[ceiling[2]], ceiling: true };
  const single = /^(\d+)\s+(\w+)$/.exec(text);
  if (single && UNITS[single[2]]) return { raw, min: Number(single[1]), max: Number(single[1]), unit: UNITS[single[2]], ceiling: false };
  return { raw, min: null, max: null, unit: null, ceiling: false };
}
