import type { Waktu, WaktuUnit } from '@jejak/contracts';

/**
 * Reads the waktu texts seen in the seeds, the way the importer normalises them (for fixtures only):
 * "1 hari", "2-4 hari", "Maksimal 1 hari", "3 Jam", "Menyesuaikan", "N/A", "".
 */
export function waktu(raw: string): Waktu {
  const text = raw.trim().toLowerCase();
  const match = /^(maksimal\s+)?(\d+)(?:\s*-\s*(\d+))?\s*(menit|jam|hari|minggu|bulan)$/.exec(text);
  if (match === null) return { raw, min: null, max: null, unit: null, ceiling: false };
  const [, ceiling, from, to, unit] = match;
  const max = Number(to ?? from);
  return { raw, min: ceiling ? null : Number(from), max, unit: unit as WaktuUnit, ceiling: Boolean(ceiling) };
}
