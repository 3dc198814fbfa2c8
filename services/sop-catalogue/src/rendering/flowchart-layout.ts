import type { SopProcedure, SopStep } from '@jejak/contracts';
import { sameRole } from '../domain/sop-text.normalise';
import { FLOW_COLUMNS, FLOW_SHEET, SHEET, TYPE } from './page-geometry';
import { lineCount, textWidth } from './text-metrics';

/**
 * Layout of one (sub-)procedure's flowchart table, in CSS px: lanes, column widths, row heights, pages, and
 * the flowchart drawn over the lanes (symbols, arrows, off-page connectors). Pure; the SVG and HTML renderers
 * only draw what is decided here. Coordinates of symbols and connectors are relative to the lanes area of
 * the page (x from the first lane's left edge, y from the first body row's top).
 */

export type SymbolKind = 'terminator' | 'process' | 'decision';
export type Point = readonly [number, number];

export interface Lane {
  index: number;
  label: string;
  /** The extra lane for steps without pelaksana ("Pelaksana belum ditentukan"). */
  unassigned: boolean;
  x: number;
  width: number;
  center: number;
}

export interface FlowColumns {
  no: number;
  kegiatan: number;
  lane: number;
  laneCount: number;
  kelengkapan: number;
  waktu: number;
  output: number;
  keterangan: number;
  total: number;
}

export interface RowLayout {
  /** Index of the step in the procedure. */
  stepIndex: number;
  step: SopStep;
  y: number;
  height: number;
}

export interface SymbolLayout {
  stepNo: number;
  kind: SymbolKind;
  lane: number;
  cx: number;
  cy: number;
  width: number;
  height: number;
  /** Arrows attach to the primary symbol; a step with several pelaksana has one symbol per lane. */
  primary: boolean;
  unassigned: boolean;
}

export type ConnectorKind = 'flow' | 'ya' | 'tidak' | 'join' | 'off-page';

export interface ConnectorLayout {
  kind: ConnectorKind;
  from: number;
  to: number;
  points: Point[];
  arrow: boolean;
  label: { text: string; x: number; y: number; anchor: 'start' | 'end' } | null;
}

/** Off-page connector (pentagon): where the flow leaves this page or arrives from another, with the step it continues at. */
export interface OffPageLayout {
  direction: 'out' | 'in';
  /** The step the flow continues at (also the printed label). */
  stepNo: number;
  label: string;
  /** Centre x and top y of the pentagon. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FlowchartPageLayout {
  /** 0-based page of this procedure. */
  index: number;
  rows: RowLayout[];
  symbols: SymbolLayout[];
  connectors: ConnectorLayout[];
  offPage: OffPageLayout[];
  width: number;
  height: number;
}

export interface FlowchartLayout {
  lanes: Lane[];
  columns: FlowColumns;
  laneHeaderHeight: number;
  laneHeaderFont: { size: number; line: number };
  /** Height available to body rows on one sheet. */
  bodyHeight: number;
  pages: FlowchartPageLayout[];
}

export interface FlowchartLayoutOptions {
  /** Upper bound of rows on one page, so a page of short rows stays readable. Default 14. */
  maxRowsPerPage?: number;
  /** Height of the sheet's printable area. Default: A4 landscape less 10 mm margins. */
  sheetHeight?: number;
}

export const UNASSIGNED_LANE_LABEL = 'Pelaksana belum ditentukan';

const SYMBOL = { height: 22, maxWidth: 64, gutter: 22, decisionHeight: 32, decisionMaxWidth: 56 } as const;
const ROW_MIN = { process: 50, decision: 58 } as const;
const OFF_PAGE = { width: 20, height: 18, reserve: 26, inset: 4 } as const;
const CHANNEL_STEP = 3;

// ---------------------------------------------------------------------------------------------- lanes & columns

const hasPelaksana = (step: SopStep): boolean => step.pelaksana.some((role) => role.trim() !== '');

/** Lane labels: the procedure's role columns, then pelaksana named by steps but missing from the columns, then the unassigned lane. */
export function laneLabels(procedure: SopProcedure): { label: string; unassigned: boolean }[] {
  const labels: string[] = [];
  const add = (role: string) => {
    if (role.trim() !== '' && !labels.some((known) => sameRole(known, role))) labels.push(role.trim());
  };
  procedure.roles.forEach(add);
  procedure.steps.forEach((step) => step.pelaksana.forEach(add));
  const lanes = labels.map((label) => ({ label, unassigned: false }));
  if (procedure.steps.some((step) => !hasPelaksana(step))) lanes.push({ label: UNASSIGNED_LANE_LABEL, unassigned: true });
  return lanes;
}

/**
 * Column widths: fixed No and Mutu Baku columns; lanes share the rest with Kegiatan, which keeps at least 210 px while it can.
 * The default total leaves room for the outer half-borders of a collapsed-border table and the browser's sub-pixel rounding.
 */
export function flowColumns(laneCount: number, total: number = SHEET.width - 2 * TYPE.border): FlowColumns {
  const { no, kelengkapan, waktu, output, keterangan } = FLOW_COLUMNS;
  const shared = total - no - kelengkapan - waktu - output - keterangan;
  const count = Math.max(1, laneCount);
  let lane = Math.min(FLOW_COLUMNS.laneMax, (shared - FLOW_COLUMNS.kegiatanMin) / count);
  if (lane < FLOW_COLUMNS.laneMin) lane = Math.max(FLOW_COLUMNS.laneFloor, Math.min(FLOW_COLUMNS.laneMin, (shared - FLOW_COLUMNS.kegiatanFloor) / count));
  // Whole pixels: the browser snaps fractional column widths upwards, which would overflow the sheet.
  lane = Math.floor(lane);
  const kegiatan = Math.floor(shared - lane * count);
  return { no, kegiatan, lane, laneCount: count, kelengkapan, waktu, output, keterangan, total };
}

export function buildLanes(procedure: SopProcedure, columns: FlowColumns): Lane[] {
  return laneLabels(procedure).map((lane, index) => ({
    ...lane,
    index,
    x: index * columns.lane,
    width: columns.lane,
    center: index * columns.lane + columns.lane / 2,
  }));
}

/** Lanes of a step: its pelaksana's lanes in the order written, or the unassigned lane. */
export function stepLanes(step: SopStep, lanes: readonly Lane[]): number[] {
  const found: number[] = [];
  for (const role of step.pelaksana) {
    const lane = lanes.find((candidate) => !candidate.unassigned && sameRole(candidate.label, role));
    if (lane !== undefined && !found.includes(lane.index)) found.push(lane.index);
  }
  if (found.length > 0) return found;
  const unassigned = lanes.find((lane) => lane.unassigned);
  return unassigned === undefined ? [] : [unassigned.index];
}

// ---------------------------------------------------------------------------------------------- symbols & flow

/** Decision for a step with a decision; terminator for the first and the last step; process otherwise. */
export function symbolKind(steps: readonly SopStep[], index: number): SymbolKind {
  if (steps[index].decision !== null) return 'decision';
  if (index === 0 || index === steps.length - 1) return 'terminator';
  return 'process';
}

/** How step `index` goes on to the next step in the table: plain flow, a "Ya"/"Tidak" branch, or not at all (a jump). */
export function flowToNext(steps: readonly SopStep[], index: number): 'flow' | 'ya' | 'tidak' | null {
  const next = steps[index + 1];
  if (next === undefined) return null;
  const decision = steps[index].decision;
  if (decision === null) return 'flow';
  if (decision.ya === null || decision.ya === next.no) return 'ya';
  if (decision.tidak === next.no) return 'tidak';
  return null;
}

/** Decision branches that do not simply go on to the next step: loops back and jumps ahead. */
export function otherBranches(steps: readonly SopStep[], index: number): { branch: 'ya' | 'tidak'; target: number }[] {
  const decision = steps[index].decision;
  if (decision === null) return [];
  const next = steps[index + 1]?.no;
  const taken = flowToNext(steps, index);
  const branches: { branch: 'ya' | 'tidak'; target: number }[] = [];
  for (const branch of ['ya', 'tidak'] as const) {
    const target = decision[branch];
    if (target === null || (branch === taken && target === next)) continue;
    const targetIndex = steps.findIndex((step) => step.no === target);
    if (targetIndex >= 0) branches.push({ branch, target: targetIndex });
  }
  return branches;
}

function symbolSize(kind: SymbolKind, laneWidth: number): { width: number; height: number } {
  if (kind === 'decision') return { width: Math.max(24, Math.min(SYMBOL.decisionMaxWidth, laneWidth - SYMBOL.gutter)), height: SYMBOL.decisionHeight };
  return { width: Math.max(20, Math.min(SYMBOL.maxWidth, laneWidth - SYMBOL.gutter)), height: SYMBOL.height };
}

// ---------------------------------------------------------------------------------------------- row heights

const inner = (width: number) => width - 2 * TYPE.cellPadX - TYPE.border;

/** The notes printed under the kegiatan: the decision's question and branches, a missing pelaksana. */
export function kegiatanNotes(steps: readonly SopStep[], index: number): string[] {
  const step = steps[index];
  const notes: string[] = [];
  if (step.decision !== null) {
    const next = steps[index + 1]?.no ?? null;
    const target = (to: number | null) => (to === null ? (next === null ? 'selesai' : `langkah ${next}`) : `langkah ${to}`);
    const question = step.decision.question.trim();
    notes.push(`${question === '' ? 'Keputusan' : question} Ya: ${target(step.decision.ya)}; Tidak: ${step.decision.tidak === null ? '-' : target(step.decision.tidak)}`);
  }
  if (!hasPelaksana(step)) notes.push(UNASSIGNED_LANE_LABEL);
  return notes;
}

/** Height the row's texts need (No, Kegiatan with notes, Kelengkapan, Waktu, Output, Keterangan). */
export function rowTextHeight(steps: readonly SopStep[], index: number, columns: FlowColumns): number {
  const step = steps[index];
  const body = (text: string, width: number) => lineCount(text, inner(width), TYPE.body) * TYPE.bodyLine;
  const notes = kegiatanNotes(steps, index)
    .map((note) => lineCount(note, inner(columns.kegiatan), TYPE.small) * TYPE.smallLine + 2)
    .reduce((sum, height) => sum + height, 0);
  const heights = [
    body(String(step.no), columns.no),
    body(step.kegiatan, columns.kegiatan) + notes,
    body(step.mutuBaku.kelengkapan.filter((item) => item.trim() !== '').map((item) => `• ${item}`).join('\n'), columns.kelengkapan),
    body(step.mutuBaku.waktu.raw, columns.waktu),
    body(step.mutuBaku.output, columns.output),
    body(step.keterangan, columns.keterangan),
  ];
  return Math.ceil(Math.max(...heights) + 2 * TYPE.cellPadY + TYPE.border);
}

/**
 * Font of the lane names: the header size, made smaller (down to 7 px) when a lane is too narrow for the
 * longest word of a role name, so "Pendamping" is never cut in two.
 */
export function laneHeaderFont(lanes: readonly Lane[], columns: FlowColumns): { size: number; line: number } {
  const longest = Math.max(1, ...lanes.flatMap((lane) => lane.label.split(/\s+/)).map((word) => textWidth(word, 1, true)));
  const size = Math.max(7, Math.min(TYPE.header, Math.floor((inner(columns.lane) / longest) * 10) / 10));
  return { size, line: Math.ceil(size * 1.2 * 10) / 10 };
}

/** Height of the lane-name header row. */
export function laneHeaderHeight(lanes: readonly Lane[], columns: FlowColumns, font = laneHeaderFont(lanes, columns)): number {
  const laneLines = Math.max(1, ...lanes.map((lane) => lineCount(lane.label, inner(lane.width), font.size, true)));
  const mutuLines = lineCount('Kelengkapan', inner(columns.kelengkapan), TYPE.header, true);
  return Math.ceil(Math.max(laneLines * font.line, mutuLines * TYPE.headerLine) + 2 * TYPE.cellPadY + TYPE.border);
}

interface RowNeeds {
  text: number;
  symbol: number;
  /** An off-page connector arrives above the step when it opens a page (the flow comes from the previous page). */
  arrivesFromPrevious: boolean;
  /** An off-page connector leaves below the step when it closes a page (the flow goes on to the next step). */
  leavesToNext: boolean;
}

function rowHeight(needs: RowNeeds, opensPage: boolean, closesPage: boolean): number {
  const reserve = (opensPage && needs.arrivesFromPrevious ? OFF_PAGE.reserve : 0) + (closesPage && needs.leavesToNext ? OFF_PAGE.reserve : 0);
  return Math.max(needs.text, needs.symbol + reserve);
}

// ---------------------------------------------------------------------------------------------- pagination

/**
 * Splits rows into pages of at most `available` px and `maxRows` rows, greedily; a break that would cut a
 * loop or jump (a decision branch) is moved before the branch's first row when that keeps at least half the
 * page. A row taller than a page gets a page of its own. Returns [start, end) ranges.
 */
export function paginate(
  needs: readonly RowNeeds[],
  branches: readonly { from: number; to: number }[],
  available: number,
  maxRows: number,
): [number, number][] {
  const pages: [number, number][] = [];
  const heightOf = (start: number, end: number) => {
    let sum = 0;
    for (let i = start; i < end; i += 1) sum += rowHeight(needs[i], i === start && start > 0, i === end - 1 && end < needs.length);
    return sum;
  };
  let start = 0;
  while (start < needs.length) {
    let end = start + 1;
    while (end < needs.length && end - start < maxRows && heightOf(start, end + 1) <= available) end += 1;
    if (end < needs.length) {
      const cut = branches
        .filter(({ from, to }) => Math.min(from, to) >= start && Math.min(from, to) < end && Math.max(from, to) >= end)
        .map(({ from, to }) => Math.min(from, to));
      const earliest = cut.length === 0 ? end : Math.min(...cut);
      if (earliest > start && earliest - start >= Math.ceil((end - start) / 2)) end = earliest;
    }
    pages.push([start, end]);
    start = end;
  }
  return pages;
}

// ---------------------------------------------------------------------------------------------- the layout

export function layoutFlowchart(procedure: SopProcedure, options: FlowchartLayoutOptions = {}): FlowchartLayout {
  const maxRows = options.maxRowsPerPage ?? 14;
  const steps = procedure.steps;
  const laneCount = laneLabels(procedure).length;
  const columns = flowColumns(laneCount);
  const lanes = buildLanes(procedure, columns);
  const headerFont = laneHeaderFont(lanes, columns);
  const headerHeight = laneHeaderHeight(lanes, columns, headerFont);
  const bodyHeight = Math.floor((options.sheetHeight ?? SHEET.height) - FLOW_SHEET.head - FLOW_SHEET.title - FLOW_SHEET.headerRow - headerHeight - FLOW_SHEET.slack);

  const needs: RowNeeds[] = steps.map((step, i) => ({
    text: rowTextHeight(steps, i, columns),
    symbol: symbolKind(steps, i) === 'decision' ? ROW_MIN.decision : ROW_MIN.process,
    arrivesFromPrevious: i > 0 && flowToNext(steps, i - 1) !== null,
    leavesToNext: flowToNext(steps, i) !== null,
  }));
  const branches = steps.flatMap((_, i) => otherBranches(steps, i).map(({ target }) => ({ from: i, to: target })));
  const ranges = paginate(needs, branches, bodyHeight, maxRows);
  const pageOf = (stepIndex: number) => ranges.findIndex(([start, end]) => stepIndex >= start && stepIndex < end);

  const pages = ranges.map(([start, end], index) => layoutPage(index, start, end, { steps, lanes, columns, needs, pageOf, total: steps.length }));
  return { lanes, columns, laneHeaderHeight: headerHeight, laneHeaderFont: headerFont, bodyHeight, pages };
}

interface PageContext {
  steps: readonly SopStep[];
  lanes: readonly Lane[];
  columns: FlowColumns;
  needs: readonly RowNeeds[];
  pageOf: (stepIndex: number) => number;
  total: number;
}

function layoutPage(index: number, start: number, end: number, context: PageContext): FlowchartPageLayout {
  const { steps, lanes, needs } = context;
  const rows: RowLayout[] = [];
  const symbols: SymbolLayout[] = [];
  const primaries = new Map<number, SymbolLayout>();
  const offPage: OffPageLayout[] = [];
  let y = 0;
  for (let i = start; i < end; i += 1) {
    const opens = i === start && start > 0;
    const closes = i === end - 1 && end < context.total;
    const height = rowHeight(needs[i], opens, closes);
    rows.push({ stepIndex: i, step: steps[i], y, height });
    const top = y + (opens && needs[i].arrivesFromPrevious ? OFF_PAGE.reserve : 0);
    const bottom = y + height - (closes && needs[i].leavesToNext ? OFF_PAGE.reserve : 0);
    const kind = symbolKind(steps, i);
    const stepLaneList = stepLanes(steps[i], lanes);
    stepLaneList.forEach((laneIndex, n) => {
      const lane = lanes[laneIndex];
      const size = symbolSize(kind, lane.width);
      const symbol: SymbolLayout = {
        stepNo: steps[i].no,
        kind,
        lane: laneIndex,
        cx: lane.center,
        cy: (top + bottom) / 2,
        ...size,
        primary: n === 0,
        unassigned: lane.unassigned,
      };
      symbols.push(symbol);
      if (n === 0) primaries.set(i, symbol);
    });
    y += height;
  }

  const connectors: ConnectorLayout[] = [];
  const rowOf = (stepIndex: number) => rows.find((row) => row.stepIndex === stepIndex) as RowLayout;

  // Several pelaksana on one step: the symbols are joined by a dashed line.
  for (let i = start; i < end; i += 1) {
    const primary = primaries.get(i);
    if (primary === undefined) continue;
    const siblings = symbols.filter((symbol) => !symbol.primary && symbol.stepNo === primary.stepNo && symbol.cy === primary.cy);
    for (const sibling of siblings) {
      const right = sibling.cx > primary.cx;
      const from: Point = [primary.cx + (right ? 1 : -1) * (primary.width / 2), primary.cy];
      const to: Point = [sibling.cx + (right ? -1 : 1) * (sibling.width / 2), sibling.cy];
      connectors.push({ kind: 'join', from: primary.stepNo, to: primary.stepNo, points: [from, to], arrow: false, label: null });
    }
  }

  // Flow from each step to the next one on the page.
  for (let i = start; i < end - 1; i += 1) {
    const kind = flowToNext(steps, i);
    const from = primaries.get(i);
    const to = primaries.get(i + 1);
    if (kind === null || from === undefined || to === undefined) continue;
    const startPoint: Point = [from.cx, from.cy + from.height / 2];
    const endPoint: Point = [to.cx, to.cy - to.height / 2];
    const nextRow = rowOf(i + 1);
    const points: Point[] =
      Math.abs(startPoint[0] - endPoint[0]) < 0.5
        ? [startPoint, endPoint]
        : (() => {
            const elbow = nextRow.y + Math.max(4, Math.min(12, (endPoint[1] - nextRow.y) / 2));
            return [startPoint, [startPoint[0], elbow], [endPoint[0], elbow], endPoint];
          })();
    connectors.push({ kind, from: steps[i].no, to: steps[i + 1].no, points, arrow: true, label: branchLabel(kind, startPoint) });
  }

  // Off-page connectors where the table continues on the next page, and where it arrives from the previous one.
  const last = end - 1;
  const lastSymbol = primaries.get(last);
  const leaving = flowToNext(steps, last);
  if (end < context.total && leaving !== null && lastSymbol !== undefined) {
    const row = rowOf(last);
    const top = row.y + row.height - OFF_PAGE.inset - OFF_PAGE.height;
    const startPoint: Point = [lastSymbol.cx, lastSymbol.cy + lastSymbol.height / 2];
    offPage.push({ direction: 'out', stepNo: steps[end].no, label: String(steps[end].no), x: lastSymbol.cx, y: top, width: OFF_PAGE.width, height: OFF_PAGE.height });
    connectors.push({
      kind: leaving,
      from: steps[last].no,
      to: steps[end].no,
      points: [startPoint, [lastSymbol.cx, top]],
      arrow: true,
      label: branchLabel(leaving, startPoint),
    });
  }
  const firstSymbol = primaries.get(start);
  if (start > 0 && flowToNext(steps, start - 1) !== null && firstSymbol !== undefined) {
    const row = rowOf(start);
    const top = row.y + OFF_PAGE.inset;
    offPage.push({ direction: 'in', stepNo: steps[start].no, label: String(steps[start].no), x: firstSymbol.cx, y: top, width: OFF_PAGE.width, height: OFF_PAGE.height });
    connectors.push({
      kind: 'off-page',
      from: steps[start - 1].no,
      to: steps[start].no,
      points: [[firstSymbol.cx, top + OFF_PAGE.height], [firstSymbol.cx, firstSymbol.cy - firstSymbol.height / 2]],
      arrow: true,
      label: null,
    });
  }

  // Decision branches that loop back or jump ahead: routed along a channel beside a lane boundary.
  const channels: { x: number; from: number; to: number }[] = [];
  const takeChannel = (boundary: number, inward: 1 | -1, y1: number, y2: number): number => {
    const low = Math.min(y1, y2);
    const high = Math.max(y1, y2);
    for (let k = 1; ; k += 1) {
      const x = boundary + inward * k * CHANNEL_STEP;
      if (!channels.some((channel) => Math.abs(channel.x - x) < 0.5 && channel.from <= high && channel.to >= low)) {
        channels.push({ x, from: low, to: high });
        return x;
      }
    }
  };
  for (let i = start; i < end; i += 1) {
    const source = primaries.get(i);
    if (source === undefined) continue;
    for (const { branch, target } of otherBranches(steps, i)) {
      const targetSymbol = primaries.get(target);
      if (targetSymbol !== undefined) {
        // Leave by the vertex facing the target's lane (the right one for the same lane, unless it is the last lane),
        // run along a channel inside the decision's lane next to that boundary, and enter the target from that side.
        const side: 1 | -1 =
          targetSymbol.lane > source.lane ? 1 : targetSymbol.lane < source.lane ? -1 : source.lane === lanes.length - 1 ? -1 : 1;
        const exit: Point = [source.cx + side * (source.width / 2), source.cy];
        const lane = lanes[source.lane];
        const boundary = side > 0 ? lane.x + lane.width : lane.x;
        const entryOf = (x: number) => sideEntry(targetSymbol, x > targetSymbol.cx ? 1 : -1);
        const x = takeChannel(boundary, side > 0 ? -1 : 1, source.cy, entryOf(boundary)[1]);
        const entry = entryOf(x);
        connectors.push({ kind: branch, from: steps[i].no, to: steps[target].no, points: [exit, [x, exit[1]], [x, entry[1]], entry], arrow: true, label: sideLabel(branch, exit, side) });
        continue;
      }
      // The target is on another page: an off-page connector beside the decision.
      const place = besideSymbol(source, lanes, symbols);
      const side = place.x > source.cx ? 1 : -1;
      const exit: Point = [source.cx + side * (source.width / 2), source.cy];
      offPage.push({ direction: 'out', stepNo: steps[target].no, label: String(steps[target].no), x: place.x, y: source.cy - OFF_PAGE.height / 2, width: OFF_PAGE.width, height: OFF_PAGE.height });
      connectors.push({ kind: branch, from: steps[i].no, to: steps[target].no, points: [exit, [place.x - side * (OFF_PAGE.width / 2), exit[1]]], arrow: true, label: sideLabel(branch, exit, side) });
    }
  }
  // Arrivals of branches from other pages: an off-page connector beside the target.
  for (let i = 0; i < steps.length; i += 1) {
    if (i >= start && i < end) continue;
    for (const { target } of otherBranches(steps, i)) {
      const targetSymbol = primaries.get(target);
      if (targetSymbol === undefined) continue;
      const place = besideSymbol(targetSymbol, lanes, symbols);
      const side = place.x > targetSymbol.cx ? 1 : -1;
      offPage.push({ direction: 'in', stepNo: steps[target].no, label: String(steps[target].no), x: place.x, y: sideEntry(targetSymbol, side)[1] - OFF_PAGE.height / 2, width: OFF_PAGE.width, height: OFF_PAGE.height });
      connectors.push({
        kind: 'off-page',
        from: steps[i].no,
        to: steps[target].no,
        points: [[place.x - side * (OFF_PAGE.width / 2), sideEntry(targetSymbol, side)[1]], sideEntry(targetSymbol, side)],
        arrow: true,
        label: null,
      });
    }
  }

  return { index, rows, symbols, connectors, offPage, width: lanes.length * context.columns.lane, height: y };
}

function branchLabel(kind: ConnectorKind, start: Point): ConnectorLayout['label'] {
  if (kind !== 'ya' && kind !== 'tidak') return null;
  return { text: kind === 'ya' ? 'Ya' : 'Tidak', x: start[0] + 3, y: start[1] + 9, anchor: 'start' };
}

/** Under the branch's first segment, clear of the diamond and of arrows arriving above its vertex. */
function sideLabel(branch: 'ya' | 'tidak', exit: Point, side: 1 | -1): ConnectorLayout['label'] {
  return { text: branch === 'ya' ? 'Ya' : 'Tidak', x: exit[0] + side * 2, y: exit[1] + 9, anchor: side > 0 ? 'start' : 'end' };
}

/**
 * Where a loop or jump enters a symbol from the side. A diamond's side vertices are its branches' exits,
 * so arrivals land on its upper edge, midway between the top and the side vertex.
 */
function sideEntry(symbol: SymbolLayout, side: 1 | -1): Point {
  if (symbol.kind === 'decision') return [symbol.cx + side * (symbol.width / 4), symbol.cy - symbol.height / 4];
  return [symbol.cx + side * (symbol.width / 2), symbol.cy];
}

/** Where to put an off-page connector beside a symbol: the centre of a neighbouring lane with no symbol on that row. */
function besideSymbol(symbol: SymbolLayout, lanes: readonly Lane[], symbols: readonly SymbolLayout[]): { x: number } {
  const free = (lane: number) => lane >= 0 && lane < lanes.length && !symbols.some((other) => other.lane === lane && Math.abs(other.cy - symbol.cy) < 1);
  if (free(symbol.lane + 1)) return { x: lanes[symbol.lane + 1].center };
  if (free(symbol.lane - 1)) return { x: lanes[symbol.lane - 1].center };
  return { x: symbol.cx + symbol.width / 2 + OFF_PAGE.width / 2 + 6 };
}
