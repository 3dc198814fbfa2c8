/** Text normalisation shared by matching rules (roles, pengesah, keterkaitan). */

/** Lower case, punctuation to spaces, whitespace collapsed. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Role spellings differ in case and spacing between the role columns and the steps ("KEPALA BIDANG"). */
export function sameRole(a: string, b: string): boolean {
  return normaliseText(a) === normaliseText(b);
}

/** Digits only: NIPs are written "19660719 199311 1 002", "NIP/19660719199311 1002", ... */
export function normaliseNip(nip: string): string {
  return nip.replace(/\D+/g, '');
}

/**
 * Words of a person's name without academic and honorific titles: the tokens of two letters or fewer
 * ("Dr", "Ir", "ST", "MT", "M", "M", "S", "Pd" ...) and the listed longer ones are dropped.
 * "Dr. Andromeda Qomariah, M.M." and "Andromeda Qomariah" give the same words.
 */
const LONG_TITLES = new Set(['drs', 'dra', 'spd', 'msi', 'mpd', 'mkes', 'sked', 'skom', 'sthi', 'prof', 'hj', 'mba', 'mag', 'ssos', 'sip', 'ssi', 'stp', 'ame', 'amd']);
export function personNameWords(name: string): string[] {
  return normaliseText(name.replace(/\.(?=\p{L})/gu, ''))
    .split(' ')
    .filter((word) => word.length > 2 && !LONG_TITLES.has(word));
}

/**
 * SOP numbers as written: "10/SOP/ DIKUPERIND/2023" is "10/SOP/DIKUPERIND/2023" and "518 / 917 / KUKRU - IV - 1"
 * is "518/917/KUKRU-IV-1": case and the spaces around separators do not matter; other spaces stay single.
 */
export function normaliseSopNumber(nomor: string): string {
  return nomor
    .normalize('NFKC')
    .toUpperCase()
    .replace(/\s+/g, ' ')
    .replace(/\s*([/.\-])\s*/g, '$1')
    .trim();
}

/** SOP names: case, punctuation and a leading "SOP" do not matter. */
export function normaliseSopName(nama: string): string {
  return normaliseText(nama).replace(/^(standar operasional prosedur|sop)\s+/, '');
}
