import { trimRunEnd } from '../text/trim-run';
/**
 * Finds a decision in a step's text: "jika/apabila … benar/sesuai/lengkap … / tidak …". Flowchart
 * diamonds do not survive the copy, so the text is all there is; the caller wires ya/tidak to steps.
 */
export interface DecisionCue {
  question: string;
  /** The text says the case goes back ("dikembalikan", "diperbaiki", "kembali ke"). */
  goesBack: boolean;
  /** Whom it goes back to, as written ("bidang", "Kabid", "pemohon"). */
  backTo: string | null;
  /** "kembali ke langkah 3": an explicit step number. */
  backToStep: number | null;
}

const CONDITION = /\b(?:jika|apabila|bila|bilamana|kalau)\b/gi;
const POSITIVE = /\b(?:benar|sesuai|lengkap|setuju|disetujui|memenuhi|layak|valid|diterima)\b/i;
const NEGATIVE = /\b(?:tidak|belum|salah|kesalahan|keliru|ditolak)\b/i;
const GOES_BACK = /\b(?:dikembalikan|kembali\s+ke|diperbaiki|perbaikan|direvisi|revisi|dilengkapi|untuk\s+dilengkapi?)\b/i;
const CLAUSE_END = /^(?:akan|maka|langsung|segera|untuk|lalu|kemudian|kembali)$/i;

function clauseAfter(text: string, from: number): string {
  const words: string[] = [];
  for (const word of text.slice(from).trim().split(/\s+/)) {
    const bare = trimRunEnd(word, /[,.;:]/);
    if (words.length > 0 && (CLAUSE_END.test(bare) || /^[A-Z]/.test(bare) || /^(?:di|me)[a-z]{4,}$/.test(bare))) break;
    if (bare !== '') words.push(bare);
    if (bare !== word || words.length >= 8) break;
  }
  return words.join(' ');
}

/** The yes-question of a condition clause: "ada kesalahan" → "benar", "belum lengkap" → "lengkap". */
function asYesQuestion(condition: string): string {
  if (/\b(?:salah|kesalahan|keliru)\b/i.test(condition)) return 'benar';
  return condition.replace(/\b(?:tidak|belum)\s+/gi, '').trim();
}

export function detectDecision(activity: string): DecisionCue | null {
  const clauses: { at: number; text: string }[] = [];
  for (const match of activity.matchAll(CONDITION)) {
    const at = match.index ?? 0;
    const text = clauseAfter(activity, at + match[0].length);
    if (POSITIVE.test(text) || NEGATIVE.test(text)) clauses.push({ at, text });
  }
  if (clauses.length === 0) return null;
  const positive = clauses.find((clause) => POSITIVE.test(clause.text) && !NEGATIVE.test(clause.text));
  const condition = positive ? positive.text : asYesQuestion(clauses[0].text);
  const head = activity
    .slice(0, clauses[0].at)
    .replace(/[\s,;]+(?:dan|serta)?[\s,;]*$/i, '')
    .trim();
  const question = head === '' ? `${condition.charAt(0).toUpperCase()}${condition.slice(1)}?` : `${head}: ${condition}?`;

  const back = /\b(?:dikembalikan|kembali)\s*(?:ke(?:pada)?\s*)?([A-Za-z][A-Za-z ]{0,30}?)(?=\s+(?:dan|untuk|jika|apabila|serta)\b|[,.;]|$)/i.exec(activity);
  const step = /\bkembali\s+ke\s+(?:langkah|kegiatan|nomor|no\.?)\s*(\d{1,3})\b/i.exec(activity);
  const backTo = back && !/^(?:langkah|kegiatan|nomor|no)\b/i.test(back[1]) ? back[1].trim() : null;
  return {
    question,
    goesBack: GOES_BACK.test(activity),
    backTo: backTo === '' ? null : backTo,
    backToStep: step ? Number(step[1]) : null,
  };
}
