import type { Decision } from '@jejak/contracts';
import type { ImportProposal } from '../model/import-report.model';
import { canonicalWords, roleAt, roleForReference, roleWords } from '../table/pelaksana.inferrer';

/**
 * Proposals for what the copy lost: the pelaksana of a step whose role marks were drawings, and the
 * "tidak" target of a decision whose arrow was one. Read from the evidence the text still carries, in
 * one pass over the steps (what earlier steps offer is kept as the loop goes, never searched back):
 * 1. the step's own text names the actor mid-sentence ("…, jika sudah benar Kadis akan memberikan…");
 * 2. its output names who did it ("…yang sudah dikoreksi oleh Kabid");
 * 3. the step before hands the work over ("…melalui Sekretaris", "…mengajukan kepada Kabid untuk…",
 *    "meminta Kasi untuk…");
 * 4. the verb: signing ("Menandatangani") is the head's, clerical work ("Mengetik", "Mengedarkan",
 *    "Menyiapkan"…) the one clerical lane's.
 * "tidak": the lane the text sends it back to ("dikembalikan kebidang") → that lane's latest earlier
 * step (confirmed or proposed); a lone "Tidak" label in a lane's column → that lane's latest earlier
 * step; a checking step ("Mengoreksi…", "Memeriksa…") → the step before, whose work it checks.
 */
export interface ProposerStep {
  no: number;
  activity: string;
  output: string;
  pelaksana: readonly string[];
  decision: Decision | null;
  /** Lanes whose column holds a "Tidak" label on this step's rows. */
  tidakLabels: readonly string[];
  /** Where the decision says it goes back to ("bidang", "Kabid"), when it does. */
  backTo: string | null;
  line: number;
}

type Proposal = Omit<ImportProposal, 'procedure'>;

const quote = (text: string) => `"${text.length > 160 ? `${text.slice(0, 157)}…` : text}"`;
const HANDOVER_VERB = /^(?:meminta|memerintahkan|menugaskan|mendisposisikan|mendisposisi|menyerahkan|mengajukan|diajukan|diserahkan|diteruskan|disampaikan|dikirim|dikirimkan)$/;
const NOT_SUBJECT_BEFORE = new Set(['kepada', 'ke', 'oleh', 'dari', 'arahan', 'untuk', 'naskah', 'sk', 'sambutan', 'melalui', 'dengan', 'bersama', 'dan', '/', ',', 'surat', 'nota', 'disposisi', 'agar']);
/** What hands work over before "kepada": "mengajukan …", "diteruskan", "memberikan disposisi", "diberi nota". */
const HANDOVER_STEM = /(?:aju|serah|terus|sampai|beri|disposisi|nota|tahu|kirim|minta|perintah|tugas|antar)/;
/** An active verb after a subject ("Kadis memberikan"), not a passive or adjective ("umkm terbaik"). */
const ACTIVE = (word: string) => /^(?:me|ber)[a-z]{3,}$/.test(word) && !/^(?:bersama|beserta|berdasarkan|bersangkutan|berikut)$/.test(word);
const SIGNING = /^(?:menandatangani|mengandatangani|menandatangan|menanda|mengesahkan)$/;
const CLERICAL = /^(?:mengetik|menggandakan|mengarsipkan|mengedarkan|mengirimkan|mengirim|mencetak|menyiapkan|mempersiapkan|menyampaikan|menginput|mengagendakan|mencatat|memfotokopi)$/;
const CHECKING = /\b(?:mengoreksi|memeriksa|meneliti|menelaah|memverifikasi|mengecek|koreksi|verifikasi)\b/i;
const HEADS = ['kepala_dinas', 'kepala_upt', 'kepala_bidang'];
const CLERKS = new Set(['staf', 'fungsional', 'petugas', 'admin', 'operator', 'pengadministrasi']);

interface Lane {
  name: string;
  words: string[];
}

/** A lane named mid-sentence as the one who acts: "<lane> akan …" / "<lane> me…", not "kepada <lane>". */
function subjectInText(words: readonly string[], lanes: readonly Lane[]): string | null {
  for (let at = 1; at < words.length; at += 1) {
    const lane = roleAt(words, at, lanes);
    if (!lane) continue;
    const next = words[at + lane.length] ?? '';
    if (!NOT_SUBJECT_BEFORE.has(words[at - 1]) && (next === 'akan' || next === 'segera' || ACTIVE(next))) return lane.name;
    at += lane.length - 1;
  }
  return null;
}

/** "oleh <lane>" in the output: the output says who made it. */
function agentInOutput(words: readonly string[], lanes: readonly Lane[]): string | null {
  for (let at = 0; at < words.length - 1; at += 1) {
    if (words[at] !== 'oleh') continue;
    const lane = roleAt(words, at + 1, lanes);
    if (lane) return lane.name;
  }
  return null;
}

/** The lane the step hands its work to: "melalui <lane>" first, else the last "kepada <lane>" / "meminta <lane>". */
function handover(words: readonly string[], lanes: readonly Lane[]): string | null {
  let last: string | null = null;
  for (let at = 0; at < words.length - 1; at += 1) {
    const word = words[at];
    if (word === 'melalui') {
      const lane = roleAt(words, at + 1, lanes);
      if (lane) return lane.name;
    }
    const handsOver = word === 'kepada' ? words.slice(Math.max(0, at - 3), at).some((before) => HANDOVER_STEM.test(before)) : HANDOVER_VERB.test(word);
    if (handsOver) {
      const lane = roleAt(words, at + 1, lanes) ?? (word !== 'kepada' && words[at + 1] === 'kepada' ? roleAt(words, at + 2, lanes) : null);
      if (lane) last = lane.name;
    }
  }
  return last;
}

function byVerb(words: readonly string[], lanes: readonly Lane[]): string | null {
  const verb = words[0] ?? '';
  if (SIGNING.test(verb)) {
    for (const head of HEADS) {
      const lane = lanes.find((candidate) => candidate.words.length === 1 && candidate.words[0] === head);
      if (lane) return lane.name;
    }
    return null;
  }
  if (CLERICAL.test(verb)) {
    const clerks = lanes.filter((lane) => lane.words.some((word) => CLERKS.has(word)));
    return clerks.length === 1 ? clerks[0].name : null;
  }
  return null;
}

export function proposeForSteps(steps: readonly ProposerStep[], roles: readonly string[], stepLabel: (no: number) => string): Proposal[] {
  const lanes: Lane[] = roles.filter((role) => role !== '?').map((name) => ({ name, words: roleWords(name) }));
  const proposals: Proposal[] = [];
  if (lanes.length === 0) return proposals;
  const latestByLane = new Map<string, { no: number; activity: string }>();
  let handedTo: { lane: string; from: ProposerStep } | null = null;

  steps.forEach((step, i) => {
    const words = canonicalWords(step.activity);
    const next = handover(words, lanes);
    let acting: readonly string[] = step.pelaksana;
    if (step.pelaksana.length === 0) {
      let proposal: { lane: string; evidence: string; line: number } | null = null;
      const subject = subjectInText(words, lanes);
      if (subject) proposal = { lane: subject, evidence: `Langkah ${stepLabel(step.no)}: ${quote(step.activity)}`, line: step.line };
      // "Disposisi dan ditindaklanjuti oleh Kasi" after "mendisposisikan kepada Kasi" names the next actor, not this one.
      const agent = proposal ? null : agentInOutput(canonicalWords(step.output), lanes);
      if (agent && agent !== next) proposal = { lane: agent, evidence: `Output langkah ${stepLabel(step.no)}: ${quote(step.output)}`, line: step.line };
      if (!proposal && handedTo) proposal = { lane: handedTo.lane, evidence: `Langkah ${stepLabel(handedTo.from.no)}: ${quote(handedTo.from.activity)}`, line: handedTo.from.line };
      const verb = proposal ? null : byVerb(words, lanes);
      if (verb) proposal = { lane: verb, evidence: `Kata kerja langkah ${stepLabel(step.no)}: ${quote(step.activity)}`, line: step.line };
      if (proposal) {
        proposals.push({ kind: 'pelaksana', stepNo: step.no, value: [proposal.lane], evidence: proposal.evidence, line: proposal.line, status: 'to-confirm' });
        acting = [proposal.lane];
      }
    }

    if (step.decision && step.decision.tidak === null) {
      let target: { no: number; evidence: string } | null = null;
      const back = step.backTo ? roleForReference(step.backTo, roles) : null;
      const backStep = back ? latestByLane.get(back) : undefined;
      if (backStep) target = { no: backStep.no, evidence: `Langkah ${stepLabel(step.no)}: ${quote(step.activity)}` };
      const labelled = target ? undefined : step.tidakLabels.map((lane) => latestByLane.get(lane)).find((found) => found !== undefined);
      if (labelled) target = { no: labelled.no, evidence: `Label "Tidak" di kolom ${step.tidakLabels.join(', ')} pada langkah ${stepLabel(step.no)}` };
      const previous = steps[i - 1];
      if (!target && previous && CHECKING.test(step.activity)) target = { no: previous.no, evidence: `Langkah ${stepLabel(step.no)} memeriksa hasil langkah ${stepLabel(previous.no)}: ${quote(step.activity)}` };
      if (target && target.no !== step.no) proposals.push({ kind: 'tidak', stepNo: step.no, value: target.no, evidence: target.evidence, line: step.line, status: 'to-confirm' });
    }

    for (const lane of acting) latestByLane.set(lane, { no: step.no, activity: step.activity });
    handedTo = next && !acting.includes(next) ? { lane: next, from: step } : null;
  });
  return proposals;
}
