import type { Pengesah } from '@jejak/contracts';
import { cleanMarkup } from '../text/markup.normaliser';
import { trimRunEnd, trimRunStart } from '../text/trim-run';

export interface PengesahReading {
  pengesah: Pengesah | null;
  /** Bahasa Indonesia notes on what could not be read with certainty. */
  problems: string[];
  /** Text after the NIP (some copies glue the SOP name there). */
  rest: string;
}

/** "NIP. 1968…", "NIP/1966…", and what OCR made of the label ("NIR.", "NII", "NP", "NE"). */
export const NIP_PATTERN = /\b(?:NIP|NIR|NII|N1P|NP|NE)\b\s*[.,:/]?\s*(\d[\d ]{7,}\d)/i;
/** Civil-service rank (pangkat), not part of the name or the position; OCR often garbles "Pembina". */
const PANGKAT = /\b[PD][a-z]{3,7}\s+(?:Tingkat\s+I{1,2}|Utama\s+Madya|Utama\s+Muda|Utama|Muda|Madya)\b(?:\s*\([IV]+\/[a-e]\))?|\bPembina\b(?:\s*\([IV]+\/[a-e]\))?/;
const ACADEMIC_TITLE = /\b(?:Prof|Dr|Drs|Dra|Ir|Hj|H)\.\s/;
const NOT_A_NAME = new Set(['UKM', 'UMKM', 'KUKM', 'UPT', 'SKPD', 'DAN', 'RI', 'DINAS', 'KEPALA', 'PLT', 'PLH']);
const POSITION = /^(?:Kepala|Sekretaris|Plt\.?|Plh\.?|Pj\.?|Kabid|Kadis|Direktur|Camat|Bupati|Wali\s?kota|Gubernur|Pejabat)\b/i;

/** Start of the name written in capitals just before the rank or NIP ("… Pacitan PRAYITNO, ST, MT."). */
function capitalNameStart(text: string): number {
  const tokens = [...text.matchAll(/\S+/g)];
  let start = -1;
  for (let i = tokens.length - 1; i >= 0; i -= 1) {
    const token = tokens[i][0];
    const capitals = /^[A-Z][A-Z'’.-]*,?$/.test(token) || /^(?:[A-Z]\.){1,3}[A-Za-z]{0,3}\.?,?$/.test(token) || /^[A-Z]\.[A-Z][a-z]{1,3}\.?,?$/.test(token);
    if (!capitals) break;
    start = tokens[i].index ?? start;
  }
  if (start < 0) return -1;
  // Words such as "UKM" ending the position are not part of the name.
  let rest = text.slice(start);
  let first = /^(\S+)\s+/.exec(rest);
  while (first && NOT_A_NAME.has(first[1].replace(/[,.]$/, ''))) {
    start += first[0].length;
    rest = rest.slice(first[0].length);
    first = /^(\S+)\s+/.exec(rest);
  }
  return /[A-Z]{3,}/.test(rest) ? start : -1;
}

const tidy = (text: string) => trimRunEnd(trimRunStart(text.replace(/\s+/g, ' '), /[\s,;:]/), /[\s,;:]/);

/**
 * Reads "Disahkan oleh": position (jabatan), name (the underlined part when marked `<u>`, else from an
 * academic title or the name in capitals), NIP (18 digits). `jabatanHint` is position text the copy moved
 * elsewhere on the line.
 */
export function parsePengesah(raw: string, jabatanHint = ''): PengesahReading {
  const problems: string[] = [];
  const underlined = /<u>([\s\S]*?)<\/u>/i.exec(raw);
  let text = cleanMarkup(raw);

  let nip: string | null = null;
  let rest = '';
  const nipMatch = NIP_PATTERN.exec(text);
  if (nipMatch) {
    nip = nipMatch[1].replace(/\s+/g, '');
    rest = tidy(text.slice((nipMatch.index ?? 0) + nipMatch[0].length));
    text = text.slice(0, nipMatch.index);
    if (nip.length !== 18) problems.push(`NIP "${nipMatch[1].trim()}" tidak 18 digit`);
  }
  const pangkat = PANGKAT.exec(text);
  const beforePangkat = pangkat ? text.slice(0, pangkat.index) : text;

  let nama = '';
  let jabatan = '';
  const underlinedName = underlined ? cleanMarkup(underlined[1]) : '';
  if (underlinedName !== '') {
    nama = underlinedName;
    jabatan = beforePangkat.slice(0, Math.max(0, beforePangkat.indexOf(underlinedName)));
  } else {
    const title = ACADEMIC_TITLE.exec(beforePangkat);
    const nameAt = title ? (title.index ?? 0) : capitalNameStart(beforePangkat.trimEnd());
    if (nameAt >= 0) {
      nama = beforePangkat.slice(nameAt);
      jabatan = beforePangkat.slice(0, nameAt);
    } else {
      jabatan = beforePangkat;
    }
  }
  nama = tidy(nama);
  jabatan = tidy(jabatan);
  const hint = tidy(cleanMarkup(jabatanHint));
  if (!POSITION.test(jabatan) && POSITION.test(hint)) jabatan = hint;

  if (nip === null && !POSITION.test(jabatan)) {
    if (text.trim() !== '') problems.push(`pengesah tidak terbaca: "${tidy(cleanMarkup(raw))}"`);
    return { pengesah: null, problems, rest };
  }
  if (nama === '') problems.push('nama pengesah tidak terbaca');
  if (nip === null) problems.push('NIP pengesah tidak ada');
  if (!POSITION.test(jabatan)) problems.push(jabatan === '' ? 'jabatan pengesah tidak ada' : `jabatan pengesah tampak tidak lengkap: "${jabatan}"`);
  return { pengesah: { nama, nip, jabatan }, problems, rest };
}
