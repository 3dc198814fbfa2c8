/**
 * Reads who performs a step from its text when the marks in the role columns were lost: the subject
 * that opens the sentence ("Kepala Dinas akan mendisposisi…", "Kasi bersama Pendamping PLUT…",
 * "Pelaku usaha/pemohon mengajukan…") or an agent after "oleh" ("…penelitian oleh Kepala Dinas…",
 * but not "…yang telah ditandatangani oleh Kadis"). Names are compared after expanding the usual
 * abbreviations (Kadis, Kabid, Kasi, UMKM…), and returned as the SOP's own role columns spell them.
 */

const SYNONYMS: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:kadis|kepala dinas)\b/g, 'kepala_dinas'],
  [/\b(?:kabid|kepala bidang)\b/g, 'kepala_bidang'],
  [/\b(?:kasi|kasie|kasubid|kasubbid|kepala seksi|kepala sub bidang|sub koordinator|subkoordinator)\b/g, 'kasi'],
  [/\b(?:kasubag|kasubbag|kepala sub bagian|kepala subbagian)\b/g, 'kasubag'],
  [/\b(?:sekdin|sekretaris dinas|sekretaris)\b/g, 'sekretaris'],
  [/\b(?:staff|staf)\b/g, 'staf'],
  [/\b(?:ka upt|kaupt|kepala upt)\b/g, 'kepala_upt'],
  [/\bkumkm\b/g, 'koperasi usaha mikro kecil menengah'],
  [/\bumkm\b/g, 'usaha mikro kecil menengah'],
  [/\bukm\b/g, 'usaha kecil menengah'],
];

/** Lowercase words; "/" and "," kept as words; "&" read as "dan"; synonyms folded to one spelling. */
export function canonicalWords(text: string): string[] {
  let folded = text
    .toLowerCase()
    .replace(/&/g, ' dan ')
    .replace(/([/,])/g, ' $1 ')
    .replace(/[^a-z0-9/, ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [pattern, replacement] of SYNONYMS) folded = folded.replace(pattern, replacement);
  return folded === '' ? [] : folded.split(' ');
}

/** Role names are few and asked for at every step: their words are worked out once. */
const ROLE_WORDS = new Map<string, string[]>();
export function roleWords(name: string): string[] {
  let words = ROLE_WORDS.get(name);
  if (!words) {
    words = canonicalWords(name);
    if (ROLE_WORDS.size > 10_000) ROLE_WORDS.clear();
    ROLE_WORDS.set(name, words);
  }
  return words;
}

const LINKS = new Set(['/', ',', 'dan', 'bersama', 'serta', 'atau']);
export const isVerb = (word: string) => /^(?:me|di|ber|ter)[a-z]{3,}$/.test(word) && word !== 'kepala_dinas';

export function roleAt(words: readonly string[], at: number, roles: ReadonlyArray<{ name: string; words: string[] }>): { name: string; length: number } | null {
  let best: { name: string; length: number } | null = null;
  for (const role of roles) {
    if (role.words.length === 0) continue;
    const fits = role.words.every((word, i) => words[at + i] === word);
    if (fits && (best === null || role.words.length > best.length)) best = { name: role.name, length: role.words.length };
  }
  return best;
}

export function rolesNamedInActivity(activity: string, roles: readonly string[]): string[] {
  const known = roles.filter((role) => role !== '?').map((name) => ({ name, words: roleWords(name) }));
  const words = canonicalWords(activity);
  const found = new Set<string>();

  // The subject phrase at the start: roles joined by "/", "dan", "bersama"…
  let at = 0;
  while (at < words.length) {
    const role = roleAt(words, at, known);
    if (role) {
      found.add(role.name);
      at += role.length;
      if (LINKS.has(words[at])) {
        at += 1;
        continue;
      }
      break;
    }
    // "Pelaku usaha/pemohon": skip a few non-role words up to a "/".
    const slash = words.indexOf('/', at);
    if (slash > at && slash - at <= 3 && !words.slice(at, slash).some(isVerb)) {
      at = slash + 1;
      continue;
    }
    break;
  }

  // "… oleh <role>" as the agent of the step, not of a relative clause ("yang telah … oleh").
  words.forEach((word, i) => {
    if (word !== 'oleh') return;
    if (words.slice(Math.max(0, i - 4), i).includes('yang')) return;
    const role = roleAt(words, i + 1, known);
    if (role) found.add(role.name);
  });

  return roles.filter((role) => found.has(role));
}

/** The role a loose reference names ("bidang", "Kabid", "pemohon"), for a decision's way back. */
export function roleForReference(reference: string, roles: readonly string[]): string | null {
  const words = canonicalWords(reference.replace(/^bidang\b/i, 'kepala bidang'));
  const known = roles.filter((role) => role !== '?').map((name) => ({ name, words: roleWords(name) }));
  for (let at = 0; at < words.length; at += 1) {
    const role = roleAt(words, at, known);
    if (role) return role.name;
  }
  return null;
}
