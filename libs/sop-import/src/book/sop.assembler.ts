import type { SopContent, SopProcedure } from '@jejak/contracts';
import { readIdentityBlock, type IdentityBlock } from '../identity/identity-block.reader';
import { buildIdentity, cleanSopNumber } from '../identity/identity.builder';
import type { CatalogueIndexEntry, ImportedSop, ImportedStep, ImportProposal, ImportWarning } from '../model/import-report.model';
import { foldForMatch } from '../text/markup.normaliser';
import { pushAll } from '../text/push-all';
import type { Vocabulary } from '../text/vocabulary';
import { buildProcedure } from '../table/procedure.builder';
import { numberKey } from './catalogue-index.parser';
import type { Match } from './index.matcher';
import { TITLE_LINE, type RawSection } from './section.segmenter';

/** A section with its identity block read, before matching to a book's list. */
export interface ReadSection {
  raw: RawSection;
  block: IdentityBlock;
  pageNumber: string | null;
  pageName: string | null;
  /** "5.4.6 SOP …" / "SOP …" title lines around the section. */
  titleName: string | null;
}

const titleOf = (text: string) => text.replace(/^(?:\d+(?:\.\d+)*\.?\s+)?SOP\s+/i, '').trim();

export function readSection(raw: RawSection, vocabulary: Vocabulary): ReadSection {
  const block = readIdentityBlock(raw.identity, vocabulary);
  const number = cleanSopNumber((block.values.nomor?.parts ?? []).join(' '));
  const name = (block.values.nama?.parts ?? []).join(' ').replace(/\s+/g, ' ').replace(/^SOP\s+/i, '').trim();
  const title = [...raw.prelude, ...raw.titles].find((line) => TITLE_LINE.test(line.text));
  return { raw, block, pageNumber: number === '' ? null : number, pageName: name === '' ? null : name, titleName: title ? titleOf(title.text) : null };
}

/** All the text of a section, as evidence for matching it to a title. */
export function sectionText(section: ReadSection): string {
  const identity = section.raw.identity.map(({ line }) => line.text);
  const rows = section.raw.procedures.flatMap((procedure) => procedure.rows.map((row) => row.line.cells[1] ?? ''));
  return [...identity, ...rows].join(' ');
}

export interface AssemblyContext {
  vocabulary: Vocabulary;
  bookInstansi: string | null;
  match: Match | null;
  book: boolean;
}

const VIA: Record<string, string> = {
  'leading-number': 'nomor urut',
  name: 'nama',
  'order-and-title': 'urutan dan judul',
  order: 'urutan saja (judul tidak cocok)',
};

/** Interprets one SOP section: identity, procedures and steps, the book's list entry, and all warnings. */
export function assembleSop(section: ReadSection, context: AssemblyContext): ImportedSop {
  const { raw } = section;
  const entry: CatalogueIndexEntry | null = context.match?.entry ?? null;
  const warnings: { line: number; message: string }[] = [...raw.warnings];

  const identityResult = buildIdentity(section.block, {
    preludeTexts: raw.prelude.filter((line) => !TITLE_LINE.test(line.text)).map((line) => line.text),
    bookInstansi: context.bookInstansi,
    indexUnit: entry?.unit ?? null,
    pageHeaderTexts: [...new Set(raw.pageHeaders.map((line) => line.text))],
    line: raw.startLine,
    identityBlockFound: raw.identity.length > 0,
    vocabulary: context.vocabulary,
  });
  const identity = identityResult.identity;
  pushAll(warnings, identityResult.warnings.filter((warning) => !(entry && warning.message === 'Nomor SOP kosong')));

  // Name: in a book, the list's (typed text, one spelling for the whole book); else the page's, else the title line's.
  const entryName = entry ? titleOf(entry.name) : null;
  if (entryName) {
    if (identity.nama !== '' && foldForMatch(identity.nama) !== foldForMatch(entryName)) {
      warnings.push({
        line: section.block.values.nama?.line ?? raw.startLine,
        message: `Nama SOP di halaman "${identity.nama}" berbeda dengan daftar SOP "${entry?.name}"; dipakai nama dari daftar`,
      });
    }
    identity.nama = entryName;
  } else if (identity.nama === '') identity.nama = section.titleName ?? '';
  if (entry && identity.nomor === null) identity.nomor = entry.number;
  if (entry && section.pageNumber && numberKey(section.pageNumber) !== numberKey(entry.number)) {
    warnings.push({ line: section.block.values.nomor?.line ?? raw.startLine, message: `Nomor SOP di halaman "${section.pageNumber}" berbeda dengan daftar SOP "${entry.number}"` });
  }
  if (context.book && entry && raw.identity.length === 0) {
    warnings.push({
      line: raw.startLine,
      message: raw.headless
        ? `Halaman awal SOP tidak ada (tanpa blok identitas dan judul tabel); baris ini dicocokkan dengan daftar SOP no. ${entry.no} "${entry.name}" (${entry.number}) berdasarkan ${VIA[context.match?.via ?? 'order']}`
        : `Blok identitas SOP tidak ditemukan; dicocokkan dengan daftar SOP no. ${entry.no} "${entry.name}" (${entry.number}) berdasarkan ${VIA[context.match?.via ?? 'order']}`,
    });
  } else if (context.book && entry && section.pageNumber === null && section.pageName === null) {
    warnings.push({ line: raw.startLine, message: `Nomor dan nama SOP tidak terbaca di halaman; dicocokkan dengan daftar SOP no. ${entry.no} "${entry.name}" berdasarkan ${VIA[context.match?.via ?? 'order']}` });
  } else if (context.book && !entry) {
    warnings.push({ line: raw.startLine, message: 'SOP ini tidak ditemukan di daftar SOP buku' });
  } else if (!context.book && raw.identity.length === 0) {
    warnings.push({ line: raw.startLine, message: 'Blok identitas SOP tidak ditemukan' });
  }
  if (identity.nama === '') warnings.push({ line: raw.startLine, message: 'Nama SOP tidak ditemukan' });

  // Procedures.
  const procedures: SopProcedure[] = [];
  const steps: ImportedStep[] = [];
  const proposals: ImportProposal[] = [];
  const importedProcedures: ImportedSop['procedures'] = [];
  const several = raw.procedures.filter((procedure) => procedure.rows.some((row) => row.cls.kind === 'step')).length > 1;
  raw.procedures.forEach((rawProcedure) => {
    const number = procedures.length + 1;
    const stepLabel = (no: number) => (several ? `${number}.${no}` : String(no));
    const built = buildProcedure(rawProcedure, context.vocabulary, { rolesKnown: !raw.headless, stepLabel });
    pushAll(warnings, built.warnings);
    if (built.procedure.steps.length === 0 && rawProcedure.rows.every((row) => row.cls.kind === 'title')) {
      warnings.push({ line: rawProcedure.line, message: 'Tabel prosedur tanpa baris langkah' });
    }
    if (built.procedure.steps.length === 0) return;
    const index = procedures.length;
    const name = built.procedure.name ?? identity.nama;
    procedures.push({
      name,
      roles: built.procedure.roles,
      steps: built.procedure.steps.map((step) => ({
        no: step.no,
        kegiatan: step.activity,
        pelaksana: step.pelaksana,
        decision: step.decision,
        mutuBaku: { kelengkapan: step.inputs, waktu: step.waktu, output: step.output },
        keterangan: step.keterangan,
      })),
    });
    for (const proposal of built.procedure.proposals) proposals.push({ ...proposal, procedure: index + 1 });
    importedProcedures.push({ name, roles: built.procedure.roles, stepCount: built.procedure.steps.length, line: built.procedure.line });
    for (const step of built.procedure.steps) {
      steps.push({
        procedure: index + 1,
        no: step.no,
        activity: step.activity,
        roles: step.pelaksana,
        waktu: step.waktu,
        inputs: step.inputs,
        output: step.output,
        decision: step.decision,
        keterangan: step.keterangan,
        line: step.line,
      });
    }
  });
  if (procedures.length === 0) warnings.push({ line: raw.startLine, message: 'Tabel prosedur tidak ditemukan; SOP ini tanpa langkah' });

  const roles = [...new Set(procedures.flatMap((procedure) => procedure.roles))];
  const label = identity.nomor ?? identity.nama;
  const sopWarnings: ImportWarning[] = warnings
    .map((warning) => ({ ...warning, sop: label }))
    .sort((a, b) => a.line - b.line);
  const content: SopContent = { identity, procedures };
  return {
    number: identity.nomor,
    name: identity.nama,
    line: raw.startLine,
    roles,
    steps,
    procedures: importedProcedures,
    identityFound: identityResult.found,
    warnings: sopWarnings,
    ...(entry ? { indexEntry: entry } : {}),
    content,
    proposals,
    laneProposals: [],
  };
}
