import type { Decision, Waktu } from '@jejak/contracts';
import type { RawProcedure } from '../book/section.segmenter';
import { splitKelengkapan } from '../parse/kelengkapan.parser';
import { readWaktu } from '../parse/waktu.parser';
import { unglue } from '../text/markup.normaliser';
import { pushAll } from '../text/push-all';
import type { Vocabulary } from '../text/vocabulary';
import { detectDecision, type DecisionCue } from './decision.detector';
import { canonicalWords, roleForReference, rolesNamedInActivity } from './pelaksana.inferrer';
import { classifyMark, markedColumns } from './role-mark.classifier';
import type { TableLayout } from './table-layout.parser';
import { splitRowCells } from './table-row.parser';
import { trimRunEnd } from '../text/trim-run';
import { proposeForSteps } from '../proposal/step-proposer';
import type { ImportProposal } from '../model/import-report.model';

export interface BuiltStep {
  no: number;
  activity: string;
  pelaksana: string[];
  waktu: Waktu;
  inputs: string[];
  output: string;
  keterangan: string;
  decision: Decision | null;
  line: number;
}

export interface BuiltProcedure {
  name: string | null;
  roles: string[];
  line: number;
  steps: BuiltStep[];
  /** To confirm; never copied into `steps`. */
  proposals: Omit<ImportProposal, 'procedure'>[];
}

export interface StepWarning {
  line: number;
  message: string;
}

interface Draft {
  no: number;
  line: number;
  activity: string;
  /** The activity as first read, before any repair (for glue detection). */
  rawActivity: string;
  marked: Set<string>;
  yes: string[];
  no_: string[];
  kelengkapan: string[];
  waktu: string;
  output: string[];
  keterangan: string[];
  damaged: boolean;
}

const NO_LAYOUT: TableLayout = { roles: [], hasKelengkapan: true, line: 0 };
const DANGLING = /\b(?:melalui|untuk|mendapatkan|dan|ke|kepada|dengan|di|yang|atas|dari|oleh|pada|bagi|serta|tentang|secara)$/i;
const short = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}…` : text);
/** No word of three letters or more with a vowel: OCR debris such as "TJ4:Cl:". */
const isDamagedText = (text: string) => !(text.match(/[A-Za-z]{3,}/g) ?? []).some((word) => /[aeiou]/i.test(word));

/** Steps whose subject role opens two sentences ("Petugas menyiapkan … Petugas melakukan …"). */
function subjectRepeats(activity: string, roles: readonly string[]): boolean {
  const words = canonicalWords(activity);
  const roleWords = roles.filter((role) => role !== '?').map(canonicalWords);
  let count = 0;
  words.forEach((_, at) => {
    const role = roleWords.find((candidate) => candidate.length > 0 && candidate.every((word, i) => words[at + i] === word));
    const next = words[at + (role?.length ?? 0)] ?? '';
    if (role && /^(?:me|ber)[a-z]{3,}$/.test(next) && !/^(?:bersama|beserta|berdasarkan|bersangkutan)$/.test(next)) count += 1;
  });
  return count >= 2;
}

/**
 * Turns the rows of one procedure table into steps: cells to columns, continuation rows into the step
 * above, pelaksana from the role marks and the text, decisions from the text and Ya/Tidak labels.
 * Every non-empty row becomes part of a step or a warning with its line number.
 */
export interface BuildOptions {
  /** False for a fragment without its header: the role columns are unknown. */
  rolesKnown: boolean;
  /** How warnings name a step: "3", or "2.3" when the SOP has several procedures. */
  stepLabel: (no: number) => string;
}

export function buildProcedure(raw: RawProcedure, vocabulary: Vocabulary, options: BuildOptions): { procedure: BuiltProcedure; warnings: StepWarning[] } {
  const warnings: StepWarning[] = [];
  const roles = options.rolesKnown ? (raw.layout?.roles ?? []) : [];
  const drafts: Draft[] = [];
  const repair = (text: string) => vocabulary.repairWords(unglue(text.replace(/\s+/g, ' ').trim()));

  for (const row of raw.rows) {
    const { line, cls } = row;
    if (cls.kind === 'title' || cls.kind === 'columnNumbers') continue;
    if (cls.kind === 'merged') {
      warnings.push({ line: line.no, message: `Baris rusak (${cls.reason}); tidak dijadikan langkah: "${short(line.text)}"` });
      continue;
    }
    if (cls.kind === 'junk') {
      warnings.push({ line: line.no, message: `Baris tabel tidak dikenali (${cls.reason}): "${short(line.text)}"` });
      continue;
    }
    const layout = row.layout ?? NO_LAYOUT;
    const rowRoles = options.rolesKnown ? layout.roles : [];
    const cells = splitRowCells(line.cells, layout);
    const marked = new Set<string>();
    const yes: string[] = [];
    const no: string[] = [];
    if (cells.roleCells) {
      const kinds = cells.roleCells.map(classifyMark);
      for (const column of markedColumns(cells.roleCells)) if (rowRoles[column] && rowRoles[column] !== '?') marked.add(rowRoles[column]);
      kinds.forEach((kind, column) => {
        const role = rowRoles[column] ?? '?';
        if (kind === 'yes' || kind === 'yesno') yes.push(role);
        if (kind === 'no' || kind === 'yesno') no.push(role);
      });
      const unreadable = cells.roleCells.filter((cell, column) => kinds[column] === 'text');
      if (unreadable.length > 0) warnings.push({ line: line.no, message: `Teks tak terbaca di kolom pelaksana: "${unreadable.join('", "')}"` });
    } else if (cells.strayRoleCells.some((cell) => classifyMark(cell) !== 'none')) {
      // "Ya"/"Tidak" beside a decision are its labels, whatever column they fell into; only other marks are lost.
      const kinds = cells.strayRoleCells.map(classifyMark);
      for (const kind of kinds) {
        if (kind === 'yes' || kind === 'yesno') yes.push('?');
        if (kind === 'no' || kind === 'yesno') no.push('?');
      }
      const lost = cells.strayRoleCells.filter((_, i) => !['none', 'yes', 'no', 'yesno'].includes(kinds[i]));
      if (lost.length > 0) warnings.push({ line: line.no, message: `Tanda di kolom pelaksana ("${lost.join('", "')}") tidak dapat dipetakan: jumlah kolom baris berbeda dengan judul tabel` });
    }

    if (cls.kind === 'continuation') {
      const previous = drafts[drafts.length - 1];
      if (!previous) {
        warnings.push({ line: line.no, message: `Baris lanjutan tanpa langkah di atasnya: "${short(line.text)}"` });
        continue;
      }
      const text = repair(cells.activity);
      if (previous.damaged && !isDamagedText(text)) {
        warnings.push({ line: line.no, message: `Teks kegiatan langkah ${options.stepLabel(previous.no)} rusak ("${previous.activity}"); dipakai teks baris ${line.no}` });
        previous.activity = text;
        previous.damaged = false;
      } else previous.activity = `${previous.activity} ${text}`.trim();
      marked.forEach((role) => previous.marked.add(role));
      pushAll(previous.yes, yes);
      pushAll(previous.no_, no);
      if (cells.kelengkapan !== '') previous.kelengkapan.push(cells.kelengkapan);
      if (previous.waktu === '' && cells.waktu !== '') previous.waktu = cells.waktu;
      if (cells.output !== '') previous.output.push(cells.output);
      if (cells.keterangan !== '') previous.keterangan.push(cells.keterangan);
      continue;
    }

    const activity = repair(cells.activity);
    const draft: Draft = {
      no: cls.no ?? 0,
      line: line.no,
      activity,
      rawActivity: cells.activity,
      marked,
      yes,
      no_: no,
      kelengkapan: cells.kelengkapan === '' ? [] : [cells.kelengkapan],
      waktu: cells.waktu,
      output: cells.output === '' ? [] : [cells.output],
      keterangan: cells.keterangan === '' ? [] : [cells.keterangan],
      damaged: isDamagedText(activity),
    };
    if (draft.damaged) warnings.push({ line: line.no, message: `Teks kegiatan langkah ${options.stepLabel(draft.no)} rusak: "${activity}"` });

    // Text cut at the row boundary: "…melalui website SIINas untuk mendapatkan" | "akun SIINas Menginput …".
    const previous = drafts[drafts.length - 1];
    if (previous && /^[a-z]/.test(activity)) {
      const moved = /^((?:\S+\s+)*?)(?=[A-Z][a-z])/.exec(activity)?.[1].trim() ?? '';
      if (DANGLING.test(previous.activity) && moved !== '' && moved.length < activity.length) {
        previous.activity = `${previous.activity} ${moved}`;
        draft.activity = activity.slice(activity.indexOf(moved) + moved.length).trim();
        warnings.push({ line: line.no, message: `Teks "${moved}" dipindah dari langkah ${options.stepLabel(draft.no)} ke langkah ${options.stepLabel(previous.no)} (terpotong antarbaris)` });
      } else {
        warnings.push({ line: line.no, message: `Teks langkah ${options.stepLabel(draft.no)} diawali huruf kecil; mungkin sambungan langkah sebelumnya` });
      }
    }
    drafts.push(draft);
  }

  // Numbering: first step, gaps, repeats, order.
  const seen = new Map<number, Draft>();
  drafts.forEach((draft, i) => {
    const before = drafts[i - 1];
    if (i === 0 && draft.no !== 1) warnings.push({ line: draft.line, message: draft.no > 2 ? `Langkah 1–${draft.no - 1} tidak ada; tabel dimulai dari langkah ${options.stepLabel(draft.no)}` : 'Langkah 1 tidak ada; tabel dimulai dari langkah 2' });
    if (before && draft.no > before.no + 1) {
      const missing = draft.no - before.no === 2 ? `${before.no + 1}` : `${before.no + 1}–${draft.no - 1}`;
      warnings.push({ line: draft.line, message: `Nomor langkah melompat dari ${before.no} ke ${draft.no}: langkah ${missing} tidak ada` });
    }
    const twin = seen.get(draft.no);
    if (twin) warnings.push({ line: draft.line, message: `Nomor langkah ${options.stepLabel(draft.no)} berulang (juga di baris ${twin.line})` });
    else if (before && draft.no <= before.no) warnings.push({ line: draft.line, message: `Nomor langkah ${options.stepLabel(draft.no)} tidak berurutan (setelah ${before.no})` });
    seen.set(draft.no, draft);
  });

  // Steps.
  const steps: BuiltStep[] = drafts.map((draft) => {
    const waktu = readWaktu(draft.waktu);
    if (!waktu.recognised) warnings.push({ line: draft.line, message: `Langkah ${options.stepLabel(draft.no)}: waktu "${draft.waktu}" tidak dikenali` });
    const fromText = rolesNamedInActivity(draft.activity, roles);
    const pelaksana = roles.filter((role) => draft.marked.has(role) || fromText.includes(role));
    if (pelaksana.length === 0) warnings.push({ line: draft.line, message: `Langkah ${options.stepLabel(draft.no)}: pelaksana tidak terbaca (tanda di kolom pelaksana hilang); dibiarkan kosong` });
    return {
      no: draft.no,
      activity: draft.activity,
      pelaksana,
      waktu: waktu.waktu,
      inputs: draft.kelengkapan.flatMap((text) => splitKelengkapan(text).map(repair)),
      output: repair(draft.output.join(' ')),
      keterangan: repair(draft.keterangan.join(' ')),
      decision: null,
      line: draft.line,
    };
  });

  // Decisions. What earlier steps offer as a way back is kept as the loop goes (searching back from each step is quadratic).
  const stepNos = new Set(steps.map((step) => step.no));
  const latestByRole = new Map<string, number>();
  let latestTidakLabel: number | null = null;
  const backTos: (string | null)[] = steps.map(() => null);
  const decide = (step: BuiltStep, i: number): void => {
    const draft = drafts[i];
    const cue: DecisionCue | null = detectDecision(step.activity);
    backTos[i] = cue?.backTo ?? null;
    const labelled = draft.yes.length > 0 && draft.no_.length > 0;
    if (!cue && !labelled) {
      const glued = unglue(draft.rawActivity) !== draft.rawActivity;
      if (glued || subjectRepeats(step.activity, roles)) {
        warnings.push({ line: step.line, message: `Langkah ${options.stepLabel(step.no)} tampak memuat beberapa kegiatan tergabung: "${short(step.activity)}"` });
      }
      return;
    }
    const question = cue?.question ?? `${trimRunEnd(step.activity, /[.,;]/)}?`;
    const ya = steps[i + 1]?.no ?? null;
    const latestWith = (role: string | null) => (role ? (latestByRole.get(role) ?? null) : null);
    let tidak: number | null = null;
    let how = '';
    if (cue?.backToStep && stepNos.has(cue.backToStep)) tidak = cue.backToStep;
    if (tidak === null && cue?.backTo) {
      tidak = latestWith(roleForReference(cue.backTo, roles));
      how = `teks "dikembalikan ${cue.backTo}"`;
    }
    if (tidak === null && labelled) {
      tidak = latestWith(draft.no_[0] ?? null);
      how = `label "Tidak" di kolom ${draft.no_[0]}`;
    }
    if (tidak === null && latestTidakLabel !== null) {
      tidak = steps[latestTidakLabel].no;
      how = `label "Tidak" di baris langkah ${options.stepLabel(steps[latestTidakLabel].no)}`;
    }
    step.decision = { question, ya, tidak };
    const source = cue ? 'teks' : 'label Ya/Tidak';
    if (tidak === null) {
      const said = cue?.backTo ? ` (teks menyebut "dikembalikan ${cue.backTo}", tetapi langkahnya tidak dapat ditentukan)` : '';
      warnings.push({ line: step.line, message: `Langkah ${options.stepLabel(step.no)} dibaca sebagai keputusan (dari ${source}: "${short(question)}"); langkah tujuan "tidak" tidak terbaca${said}` });
    } else if (how !== '') {
      warnings.push({ line: step.line, message: `Langkah ${options.stepLabel(step.no)} dibaca sebagai keputusan (dari ${source}); "tidak" ke langkah ${tidak} disimpulkan dari ${how} — periksa` });
    }
  };
  steps.forEach((step, i) => {
    decide(step, i);
    for (const role of step.pelaksana) latestByRole.set(role, step.no);
    if (drafts[i].no_.length > 0 && drafts[i].yes.length === 0) latestTidakLabel = i;
  });

  const proposals = proposeForSteps(
    steps.map((step, i) => ({ ...step, tidakLabels: drafts[i].no_.filter((role) => role !== '?'), backTo: backTos[i] })),
    roles,
    options.stepLabel,
  );
  return { procedure: { name: raw.name, roles, line: raw.line, steps, proposals }, warnings };
}
