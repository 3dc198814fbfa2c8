import { trimRunEnd } from '../text/trim-run';
/** The issuing agency and unit of an SOP, read from its header lines or the left cell of its identity box. */
export interface AgencyReading {
  /** E.g. "Dinas Koperasi dan UKM Provinsi Jawa Timur" (the region moved after the dinas, as the dinas is named). */
  instansi: string | null;
  unit: string | null;
}

const UNIT_START = /\b(?:BIDANG|SEKRETARIAT|UPT|UPTD|BAGIAN|SUB\s*BAGIAN|SUBBAGIAN|SEKSI)\b/i;
const REGION = /\b(?:PROVINSI|KABUPATEN|KOTA)\s+[A-Z][A-Za-z]*(?:\s+(?!DINAS\b|BIDANG\b|SEKRETARIAT\b|UPT\b|BAGIAN\b)[A-Z][A-Za-z]*){0,2}/i;

/** True when a text names a dinas or one of its units (not a stray word from a logo). */
export function looksLikeAgency(text: string): boolean {
  return /\b(?:PEMERINTAH|DINAS)\b/i.test(text) || new RegExp(`^${UNIT_START.source}`, 'i').test(text.trim());
}

export function parseAgency(texts: readonly string[]): AgencyReading {
  const text = texts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ')
    .replace(/\s+/g, ' ');
  if (text === '') return { instansi: null, unit: null };

  const dinasAt = text.search(/\bDINAS\b/i);
  let unit: string | null = null;
  const afterDinas = dinasAt >= 0 ? text.slice(dinasAt) : text;
  const unitAt = afterDinas.search(UNIT_START);
  const dinasPart = dinasAt >= 0 ? (unitAt > 0 ? afterDinas.slice(0, unitAt) : afterDinas).trim() : null;
  if (unitAt >= 0) {
    // The unit is its own line of the header ("BIDANG KOPERASI"), not the rest of the header block after it.
    const parts = texts.map((part) => part.replace(/\s+/g, ' ').trim()).filter((part) => part !== '');
    const dinasPartAt = parts.findIndex((part) => /\bDINAS\b/i.test(part));
    const own = parts.slice(Math.max(0, dinasPartAt)).find((part, i) => {
      const at = part.search(UNIT_START);
      return at >= 0 && (i > 0 || dinasPartAt < 0 || at > part.search(/\bDINAS\b/i));
    });
    unit = own ? own.slice(own.search(UNIT_START)).trim() : afterDinas.slice(unitAt).trim();
    if (unit === '') unit = null;
  }

  const beforeDinas = dinasAt > 0 ? text.slice(0, dinasAt) : '';
  const region = REGION.exec(beforeDinas)?.[0] ?? (dinasPart ? null : REGION.exec(text)?.[0] ?? null);
  let instansi: string | null = dinasPart;
  if (instansi && region && !instansi.toLowerCase().includes(region.toLowerCase())) instansi = `${instansi} ${region}`;
  const tidyEnd = (text: string | null) => (text === null ? null : trimRunEnd(text, /[\s,.;:]/));
  return { instansi: tidyEnd(instansi) ?? null, unit: tidyEnd(unit ?? null) };
}
