import type { IdentityLine } from '../identity/identity-block.reader';
import { findLabels, type IdentityLabel } from '../identity/identity-label';
import { pushAll } from '../text/push-all';
import type { SourceLine } from '../text/source-line';
import type { Vocabulary } from '../text/vocabulary';
import { isHeaderRow, readTableLayout, type TableLayout } from '../table/table-layout.parser';
import { classifyRow, type RowClass } from '../table/table-row.parser';

/** A row of a procedure table, with the layout of the header above it. */
export interface RawRow {
  line: SourceLine;
  cls: RowClass;
  layout: TableLayout | null;
}

export interface RawProcedure {
  /** Sub-procedure title row ("Penerimaan Penelitian"), if any. */
  name: string | null;
  /** Line of the table header, or of the first row when there is none. */
  line: number;
  /** Lines of every header row read for this procedure (repeated headers of later pages included). */
  headerLines: number[];
  layout: TableLayout | null;
  rows: RawRow[];
}

/** One SOP's stretch of the text, before interpretation. */
export interface RawSection {
  startLine: number;
  /** Text lines just above the identity block (agency heading, "5.4.6 SOP …" title). */
  prelude: SourceLine[];
  /** SOP title lines ("SOP Penguatan …") seen inside the section. */
  titles: SourceLine[];
  identity: IdentityLine[];
  procedures: RawProcedure[];
  /** Started by table rows after a page break whose numbering does not continue, with no header: a fragment. */
  headless: boolean;
  /** Page header lines seen in the section. */
  pageHeaders: SourceLine[];
  warnings: { line: number; message: string }[];
}

export interface SegmentOptions {
  /** A book (with a list of SOPs): a new table numbered from 1 starts a new SOP, not a sub-procedure. */
  book: boolean;
  pageHeaderLines: ReadonlySet<number>;
}

export const TITLE_LINE = /^(?:\d+(?:\.\d+)*\.?\s+)?SOP\s+\S/i;

const roleKey = (layout: TableLayout | null) => (layout?.roles ?? []).map((role) => role.toLowerCase()).join('|');

/** What the segmenter asks of a procedure's rows, kept up to date as rows are added (asking the rows each time is quadratic). */
interface RowTally {
  steps: number;
  lastStepNo: number;
  /** Rows other than junk and merged ones. */
  real: number;
}

/**
 * Cuts the text into SOP sections (identity block + procedure tables), following tables across page
 * breaks and skipping repeated page headers. Interpretation of cells happens later, per section.
 */
export function segmentSections(lines: readonly SourceLine[], vocabulary: Vocabulary, options: SegmentOptions): RawSection[] {
  const sections: RawSection[] = [];
  let current = null as RawSection | null;
  let mode: 'none' | 'identity' | 'table' = 'none';
  let pendingText: SourceLine[] = [];
  let headerBlock: SourceLine[] = [];
  let pendingLayout: TableLayout | null = null;
  let pendingHeaderLine: number | null = null;
  let pendingHeaderLines: number[] = [];
  let pendingHeaderWarnings: { line: number; message: string }[] = [];
  let layout: TableLayout | null = null;
  let blankRun = 0;
  let pageBreak = false;
  let blankSinceRow = false;
  const seenLabels = new Set<IdentityLabel>();
  const tallies = new WeakMap<RawProcedure, RowTally>();
  const tallyOf = (procedure: RawProcedure): RowTally => tallies.get(procedure) ?? { steps: 0, lastStepNo: 0, real: 0 };
  const hasSteps = (procedure: RawProcedure) => tallyOf(procedure).steps > 0;
  const lastStepNo = (procedure: RawProcedure) => tallyOf(procedure).lastStepNo;
  const addRow = (procedure: RawProcedure, row: RawRow) => {
    procedure.rows.push(row);
    const tally = tallyOf(procedure);
    if (row.cls.kind === 'step') {
      tally.steps += 1;
      tally.lastStepNo = row.cls.no ?? 0;
    }
    if (row.cls.kind !== 'junk' && row.cls.kind !== 'merged') tally.real += 1;
    tallies.set(procedure, tally);
  };

  const start = (line: SourceLine, headless = false): RawSection => {
    const section: RawSection = {
      startLine: pendingText[0]?.no ?? line.no,
      prelude: pendingText,
      titles: [],
      identity: [],
      procedures: [],
      headless,
      pageHeaders: [],
      warnings: [],
    };
    pendingText = [];
    seenLabels.clear();
    sections.push(section);
    current = section;
    return section;
  };
  const procedureOf = (section: RawSection, lineNo: number, name: string | null = null): RawProcedure => {
    const procedure: RawProcedure = { name, line: pendingHeaderLine ?? lineNo, headerLines: [], layout, rows: [] };
    pendingHeaderLine = null;
    section.procedures.push(procedure);
    return procedure;
  };
  const resolveHeader = () => {
    const reading = readTableLayout(headerBlock, vocabulary);
    pendingHeaderWarnings = reading.warnings;
    pendingLayout = reading.layout;
    pendingHeaderLine = headerBlock[0].no;
    pendingHeaderLines = headerBlock.map((row) => row.no);
    headerBlock = [];
  };
  /** Identity labels of a line, unless the line is a table row that merely mentions such a word. */
  const identityLabels = (line: SourceLine): IdentityLabel[] => {
    if (isHeaderRow(line)) return [];
    const { text, cellStarts } = vocabulary.joinCellsAt(line.cells);
    const hits = findLabels(text);
    if (hits.length === 0 || !line.tabbed) return hits.map((hit) => hit.label);
    if (classifyRow(line).kind === 'step') return [];
    const filledStarts = new Set(cellStarts.filter((_, i) => line.cells[i] !== ''));
    const atCellStart = hits.some((hit) => filledStarts.has(hit.start) || filledStarts.has(hit.start - 1) || filledStarts.has(hit.start - 2));
    return atCellStart ? hits.map((hit) => hit.label) : [];
  };

  for (const line of lines) {
    if (line.blank) {
      blankRun += 1;
      blankSinceRow = true;
      if (blankRun >= 2) pageBreak = true;
      continue;
    }
    if (options.pageHeaderLines.has(line.no)) {
      pageBreak = true;
      current?.pageHeaders.push(line);
      continue;
    }
    const blankBefore = blankRun > 0;
    blankRun = 0;

    const labels = identityLabels(line);
    if (labels.length > 0) {
      let section: RawSection | null = current;
      const repeats = labels.some((label) => seenLabels.has(label));
      if (section === null || section.procedures.length > 0 || mode === 'table' || repeats) section = start(line);
      mode = 'identity';
      headerBlock = [];
      pendingLayout = null;
      section.identity.push({ line, blankBefore, pageBreakBefore: pageBreak });
      labels.forEach((label) => seenLabels.add(label));
      pageBreak = false;
      continue;
    }

    if (isHeaderRow(line)) {
      if (current === null) start(line);
      if (headerBlock.length === 0) pendingLayout = null;
      headerBlock.push(line);
      mode = 'table';
      pageBreak = false;
      continue;
    }

    if (line.tabbed && mode === 'table') {
      let section: RawSection = current ?? start(line);
      const cls = classifyRow(line);
      if (cls.kind === 'columnNumbers' && headerBlock.length > 0) {
        headerBlock.push(line);
        continue;
      }
      const real = cls.kind === 'step' || cls.kind === 'title' || cls.kind === 'continuation';
      if (real && headerBlock.length > 0) resolveHeader();
      const fresh: TableLayout | null = real ? pendingLayout : null;
      if (fresh) pendingLayout = null;
      let procedure: RawProcedure | undefined = section.procedures[section.procedures.length - 1];

      if (cls.kind === 'title') {
        if (fresh) layout = fresh;
        const name = line.cells[0];
        if (!procedure || tallyOf(procedure).real > 0) procedure = procedureOf(section, line.no, name);
        else {
          procedure.name = name;
          procedure.layout = layout;
        }
      } else if (cls.kind === 'step') {
        const no = cls.no ?? 0;
        if (fresh) {
          const continues = procedure !== undefined && hasSteps(procedure) && roleKey(fresh) === roleKey(layout) && no !== 1;
          if (procedure && hasSteps(procedure) && !continues) {
            if (options.book) section = start(line);
            else section.warnings.push({ line: line.no, message: 'Tabel baru tanpa judul sub-prosedur; dibaca sebagai sub-prosedur tersendiri' });
            procedure = undefined;
          }
          layout = fresh;
          if (procedure && !hasSteps(procedure)) procedure.layout = layout;
        } else if (procedure && options.book && blankSinceRow && hasSteps(procedure) && no > lastStepNo(procedure) + 1) {
          // Rows after a page break whose numbering jumps, with no header: perhaps the last page of another SOP.
          section = start(line, true);
          procedure = undefined;
        }
        if (!procedure) {
          procedure = procedureOf(section, line.no);
          if (!layout) section.warnings.push({ line: line.no, message: 'Judul tabel prosedur tidak ditemukan sebelum baris langkah' });
        }
      } else {
        if (fresh) layout = fresh;
        if (!procedure) procedure = procedureOf(section, line.no);
      }
      addRow(procedure, { line, cls, layout });
      pushAll(procedure.headerLines, pendingHeaderLines);
      pendingHeaderLines = [];
      pushAll(section.warnings, pendingHeaderWarnings);
      pendingHeaderWarnings = [];
      blankSinceRow = false;
      pageBreak = false;
      continue;
    }

    if (mode === 'identity' && current !== null) {
      const section: RawSection = current;
      if (!line.tabbed && TITLE_LINE.test(line.text)) section.titles.push(line);
      else section.identity.push({ line, blankBefore, pageBreakBefore: pageBreak });
      pageBreak = false;
      continue;
    }
    if (line.tabbed) {
      const section: RawSection = current ?? start(line);
      section.warnings.push({ line: line.no, message: `Baris tabel di luar tabel prosedur tidak dikenali: "${line.text}"` });
      continue;
    }
    pendingText.push(line);
  }
  if (headerBlock.length > 0 && current !== null) {
    const section: RawSection = current;
    resolveHeader();
    layout = pendingLayout;
    pushAll(procedureOf(section, pendingHeaderLine ?? 0).headerLines, pendingHeaderLines);
    pushAll(section.warnings, pendingHeaderWarnings);
  }
  return sections;
}
