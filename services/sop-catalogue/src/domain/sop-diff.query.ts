import type { SopContent, SopIdentity, SopProcedure, SopStep } from '@jejak/contracts';
import { jsonEqual } from './content-changes';
import { normaliseText } from './sop-text.normalise';

export type SopDiffKind = 'added' | 'removed' | 'changed';

/**
 * One difference between two versions. `path` is positional in the newer version (`b`) when the thing
 * exists there, else in the older one; `field` names the kind of field independent of position.
 */
export interface SopDiffEntry {
  kind: SopDiffKind;
  path: string;
  field: string;
  before: unknown;
  after: unknown;
  /** Procedure (1-based index in `b`, or in `a` when removed) and name, for procedure and step entries. */
  procedure?: { index: number; name: string };
  /** Step number, for step entries. */
  stepNo?: number;
}

type ScalarIdentityField = 'instansi' | 'unit' | 'nomor' | 'nama' | 'tanggalPembuatan' | 'tanggalRevisi' | 'tanggalEfektif' | 'peringatan' | 'pencatatanPendataan';
type ListIdentityField = 'dasarHukum' | 'keterkaitan' | 'kualifikasiPelaksana' | 'peralatanPerlengkapan';

/** Identity fields in the order they appear on the document. */
const IDENTITY_FIELDS: readonly (ScalarIdentityField | ListIdentityField | 'disahkanOleh')[] = [
  'instansi',
  'unit',
  'nomor',
  'tanggalPembuatan',
  'tanggalRevisi',
  'tanggalEfektif',
  'disahkanOleh',
  'nama',
  'dasarHukum',
  'kualifikasiPelaksana',
  'keterkaitan',
  'peralatanPerlengkapan',
  'peringatan',
  'pencatatanPendataan',
];

const LIST_FIELDS = new Set<string>(['dasarHukum', 'keterkaitan', 'kualifikasiPelaksana', 'peralatanPerlengkapan']);

/** Step fields compared, in table order. */
const STEP_FIELDS = ['kegiatan', 'pelaksana', 'kelengkapan', 'waktu', 'output', 'keterangan', 'decision'] as const;
type StepField = (typeof STEP_FIELDS)[number];

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

function stepValue(step: SopStep, field: StepField): unknown {
  switch (field) {
    case 'kegiatan':
      return squash(step.kegiatan);
    case 'pelaksana':
      return step.pelaksana.map(squash);
    case 'kelengkapan':
      return step.mutuBaku.kelengkapan.map(squash);
    case 'waktu':
      return { ...step.mutuBaku.waktu, raw: squash(step.mutuBaku.waktu.raw) };
    case 'output':
      return squash(step.mutuBaku.output);
    case 'keterangan':
      return squash(step.keterangan);
    case 'decision':
      return step.decision === null ? null : { ...step.decision, question: squash(step.decision.question) };
  }
}

function stepFieldPath(field: StepField): string {
  switch (field) {
    case 'kelengkapan':
      return 'mutuBaku.kelengkapan';
    case 'waktu':
      return 'mutuBaku.waktu';
    case 'output':
      return 'mutuBaku.output';
    default:
      return field;
  }
}

/**
 * Field-by-field differences from version `a` to version `b`, in a stable order:
 * identity fields in document order (list fields item by item: removed items, then added ones),
 * then procedures in `b`'s order followed by procedures only in `a`; within a procedure its name, its role
 * columns, then steps by ascending number, each step's fields in table order.
 * Procedures are matched by name (case and punctuation ignored), the rest by position;
 * steps are matched by procedure and step number. Whitespace-only changes are not differences.
 */
export function diffVersions(a: SopContent, b: SopContent): SopDiffEntry[] {
  return [...diffIdentity(a.identity, b.identity), ...diffProcedures(a.procedures, b.procedures)];
}

function diffIdentity(a: SopIdentity, b: SopIdentity): SopDiffEntry[] {
  const entries: SopDiffEntry[] = [];
  for (const field of IDENTITY_FIELDS) {
    const path = `identity.${field}`;
    if (LIST_FIELDS.has(field)) {
      entries.push(...diffList(path, `identity.${field}`, a[field as ListIdentityField], b[field as ListIdentityField]));
      continue;
    }
    const before = normaliseScalar(a[field as ScalarIdentityField | 'disahkanOleh']);
    const after = normaliseScalar(b[field as ScalarIdentityField | 'disahkanOleh']);
    if (jsonEqual(before, after)) continue;
    entries.push({ kind: kindOf(before, after), path, field: path, before, after });
  }
  return entries;
}

function normaliseScalar(value: unknown): unknown {
  if (typeof value === 'string') return squash(value) === '' ? null : squash(value);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, normaliseScalar(inner)]));
  }
  return value;
}

const kindOf = (before: unknown, after: unknown): SopDiffKind => (before === null ? 'added' : after === null ? 'removed' : 'changed');

/** Lists of texts: items removed (in `a`'s order) then items added (in `b`'s order); order changes are ignored. */
function diffList(path: string, field: string, a: string[], b: string[], extra: Partial<SopDiffEntry> = {}): SopDiffEntry[] {
  const before = a.map(squash).filter((item) => item !== '');
  const after = b.map(squash).filter((item) => item !== '');
  const removed = before.filter((item) => !after.includes(item));
  const added = after.filter((item) => !before.includes(item));
  return [
    ...removed.map((item): SopDiffEntry => ({ kind: 'removed', path, field, before: item, after: null, ...extra })),
    ...added.map((item): SopDiffEntry => ({ kind: 'added', path, field, before: null, after: item, ...extra })),
  ];
}

interface ProcedurePair {
  a: { index: number; procedure: SopProcedure } | null;
  b: { index: number; procedure: SopProcedure } | null;
}

function pairProcedures(a: SopProcedure[], b: SopProcedure[]): ProcedurePair[] {
  const pairedA = new Set<number>();
  const matches = b.map((procedure) => {
    const name = normaliseText(procedure.name);
    const match = name === '' ? -1 : a.findIndex((candidate, i) => !pairedA.has(i) && normaliseText(candidate.name) === name);
    if (match >= 0) pairedA.add(match);
    return match;
  });
  // Unmatched procedures pair up by position among the unmatched (a renamed sub-procedure stays itself).
  const leftoverA = a.map((_, i) => i).filter((i) => !pairedA.has(i));
  const pairs: ProcedurePair[] = b.map((procedure, i) => {
    const match = matches[i] >= 0 ? matches[i] : (leftoverA.shift() ?? -1);
    if (match >= 0) pairedA.add(match);
    return { a: match >= 0 ? { index: match, procedure: a[match] } : null, b: { index: i, procedure } };
  });
  a.forEach((procedure, i) => {
    if (!pairedA.has(i)) pairs.push({ a: { index: i, procedure }, b: null });
  });
  return pairs;
}

function diffProcedures(a: SopProcedure[], b: SopProcedure[]): SopDiffEntry[] {
  return pairProcedures(a, b).flatMap((pair) => {
    const side = (pair.b ?? pair.a) as { index: number; procedure: SopProcedure };
    const base = `procedures[${side.index}]`;
    const procedure = { index: side.index + 1, name: side.procedure.name };
    if (pair.a === null) return [{ kind: 'added' as const, path: base, field: 'procedure', before: null, after: side.procedure, procedure }];
    if (pair.b === null) return [{ kind: 'removed' as const, path: base, field: 'procedure', before: side.procedure, after: null, procedure }];
    const entries: SopDiffEntry[] = [];
    if (squash(pair.a.procedure.name) !== squash(pair.b.procedure.name)) {
      entries.push({ kind: 'changed', path: `${base}.name`, field: 'procedure.name', before: pair.a.procedure.name, after: pair.b.procedure.name, procedure });
    }
    entries.push(...diffList(`${base}.roles`, 'procedure.roles', pair.a.procedure.roles, pair.b.procedure.roles, { procedure }));
    entries.push(...diffSteps(pair.a.procedure, pair.b.procedure, pair.a.index, base, procedure));
    return entries;
  });
}

function diffSteps(a: SopProcedure, b: SopProcedure, aIndex: number, base: string, procedure: { index: number; name: string }): SopDiffEntry[] {
  const numbers = [...new Set([...a.steps, ...b.steps].map((step) => step.no))].sort((x, y) => x - y);
  return numbers.flatMap((no): SopDiffEntry[] => {
    const aAt = a.steps.findIndex((step) => step.no === no);
    const bAt = b.steps.findIndex((step) => step.no === no);
    if (aAt < 0) {
      return [{ kind: 'added', path: `${base}.steps[${bAt}]`, field: 'step', before: null, after: b.steps[bAt], procedure, stepNo: no }];
    }
    if (bAt < 0) {
      return [{ kind: 'removed', path: `procedures[${aIndex}].steps[${aAt}]`, field: 'step', before: a.steps[aAt], after: null, procedure, stepNo: no }];
    }
    return STEP_FIELDS.flatMap((field): SopDiffEntry[] => {
      const before = stepValue(a.steps[aAt], field);
      const after = stepValue(b.steps[bAt], field);
      if (jsonEqual(before, after)) return [];
      const emptyBefore = isEmptyValue(before);
      const emptyAfter = isEmptyValue(after);
      const kind: SopDiffKind = emptyBefore && !emptyAfter ? 'added' : !emptyBefore && emptyAfter ? 'removed' : 'changed';
      return [{ kind, path: `${base}.steps[${bAt}].${stepFieldPath(field)}`, field: `step.${field}`, before, after, procedure, stepNo: no }];
    });
  });
}

function isEmptyValue(value: unknown): boolean {
  if (value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && value !== null && 'raw' in value) return (value as { raw: string }).raw === '';
  return false;
}
