import { assertDinasCode } from './dinas-code';
import { readCatalogueIndex, type CatalogueIndex } from './book/catalogue-index.parser';
import { matchSectionsToIndex, type Match } from './book/index.matcher';
import { findPageHeaderLines } from './book/page-header.detector';
import { segmentSections, type RawSection } from './book/section.segmenter';
import { assembleSop, readSection, sectionText, type ReadSection } from './book/sop.assembler';
import type { ImportedSop, ImportOptions, ImportReport, ImportWarning, IndexOnlyEntry } from './model/import-report.model';
import { parseAgency } from './parse/agency.parser';
import { knownRolesOf, proposeLanes } from './proposal/lane.proposer';
import { pushAll } from './text/push-all';
import { toSourceLines, type SourceLine } from './text/source-line';
import { Vocabulary } from './text/vocabulary';

const byLine = (a: ImportWarning, b: ImportWarning) => a.line - b.line;

/** Puts a headless fragment that matched no list entry back under the SOP before it. */
function mergeInto(previous: RawSection, fragment: RawSection): void {
  const target = previous.procedures[previous.procedures.length - 1];
  const rows = fragment.procedures.flatMap((procedure) => procedure.rows);
  if (target) pushAll(target.rows, rows);
  else pushAll(previous.procedures, fragment.procedures);
  pushAll(previous.warnings, fragment.warnings);
}

/** The text cut into its parts: lines, the book's list (if any), and the raw SOP sections after it. */
export interface DocumentParts {
  lines: SourceLine[];
  vocabulary: Vocabulary;
  index: CatalogueIndex | null;
  book: boolean;
  /** 0-based index of the first line read for SOP sections (after the book's list). */
  scanFrom: number;
  sections: RawSection[];
}

export function splitDocument(text: string): DocumentParts {
  const lines = toSourceLines(text);
  const vocabulary = Vocabulary.of(text);
  const index = readCatalogueIndex(lines);
  const book = index !== null && index.entries.length >= 2;
  const scanFrom = index && book ? lines.findIndex((line) => line.no === index.endLine) + 1 : 0;
  const sections = segmentSections(lines.slice(scanFrom), vocabulary, { book, pageHeaderLines: findPageHeaderLines(lines) });
  return { lines, vocabulary, index, book, scanFrom, sections };
}

/**
 * Reads an SOP document (one SOP, or a whole SOP book with its list of SOPs) as copied out of Word/PDF.
 * Pure: no I/O. Never drops a table row silently: each becomes (part of) a step or a warning.
 */
export function importSopBook(text: string, options: ImportOptions = {}): ImportReport {
  if (options.dinas !== undefined) assertDinasCode(options.dinas);
  const { lines, vocabulary, index, book, sections: raws } = splitDocument(text);
  const bookWarnings: ImportWarning[] = [];

  let bookInstansi: string | null = null;
  if (index && book) {
    pushAll(bookWarnings, index.warnings);
    const opening = lines.slice(0, lines.findIndex((line) => line.no === index.headerLine));
    const title = opening.find((line) => /^(?:PEMERINTAH\s+\S+(?:\s+\S+)?\s+)?DINAS\b/i.test(line.text));
    bookInstansi = title ? parseAgency([title.text]).instansi : null;
    const firstText = opening.find((line) => !line.blank);
    if (firstText) {
      bookWarnings.push({
        line: firstText.no,
        message: `Baris ${firstText.no}–${index.headerLine - 1} (bagian pembuka buku: keputusan, kata pengantar, bab pendahuluan) tidak diimpor sebagai SOP`,
      });
    }
  }

  let sections: ReadSection[] = raws.map((raw) => readSection(raw, vocabulary));

  let matches: (Match | null)[] = sections.map(() => null);
  if (index && book) {
    const found = matchSectionsToIndex(
      sections.map((section) => ({ number: section.pageNumber, name: section.pageName, text: sectionText(section), headless: section.raw.headless })),
      index.entries,
    );
    const kept: ReadSection[] = [];
    const keptMatches: Match[] = [];
    sections.forEach((section, i) => {
      if (found[i].mergeIntoPrevious && kept.length > 0) {
        mergeInto(kept[kept.length - 1].raw, section.raw);
        return;
      }
      kept.push(section);
      keptMatches.push(found[i]);
    });
    sections = kept;
    matches = keptMatches;
    const matched = new Set(keptMatches.flatMap((match) => (match.entry ? [match.entry.no] : [])));
    const missing = index.entries.filter((entry) => !matched.has(entry.no));
    if (missing.length > 0) {
      bookWarnings.push({
        line: index.headerLine,
        message: `${missing.length} SOP dalam daftar tidak ditemukan halamannya di dokumen: no. ${missing.map((entry) => entry.no).join(', ')}`,
      });
    }
  }

  const assembled = sections.map((section, i) => assembleSop(section, { vocabulary, bookInstansi, match: matches[i], book }));
  const known = knownRolesOf(assembled);
  for (const sop of assembled) {
    const lanes = proposeLanes(sop, known);
    sop.laneProposals = lanes.proposals;
    pushAll(sop.warnings, lanes.warnings);
    sop.warnings.sort(byLine);
  }
  // A book's page without a step table is an entry of its list to complete, not an empty SOP draft.
  const sops: ImportedSop[] = [];
  const indexOnly: IndexOnlyEntry[] = [];
  for (const sop of assembled) {
    if (!(book && sop.indexEntry && sop.steps.length === 0)) {
      sops.push(sop);
      continue;
    }
    const entry = sop.indexEntry;
    const warning = `Daftar SOP no. ${entry.no} "${entry.name}" (${entry.number}): halamannya tanpa tabel langkah; dicatat sebagai entri daftar saja, bukan draf SOP`;
    const message: ImportWarning = { line: sop.line, message: warning, sop: sop.number ?? sop.name };
    sop.warnings.push(message);
    indexOnly.push({ entry, reason: 'no-step-table', line: sop.line, warning, page: sop });
  }
  if (index && book) {
    const read = new Set(assembled.flatMap((sop) => (sop.indexEntry ? [sop.indexEntry.no] : [])));
    for (const entry of index.entries) {
      if (read.has(entry.no)) continue;
      indexOnly.push({ entry, reason: 'no-page', line: entry.line, warning: `Daftar SOP no. ${entry.no} "${entry.name}" (${entry.number}): halamannya tidak ada di dokumen; dicatat sebagai entri daftar saja`, page: null });
    }
    indexOnly.sort((a, b) => a.entry.no - b.entry.no);
  }
  if (sops.length === 0) bookWarnings.push({ line: 1, message: 'Tidak ada SOP yang terbaca di dokumen' });
  return {
    source: options.source ?? null,
    dinas: options.dinas ?? null,
    sops,
    index: index && book ? index.entries : [],
    indexOnly,
    warnings: [...bookWarnings, ...assembled.flatMap((sop) => sop.warnings)].sort(byLine),
  };
}
