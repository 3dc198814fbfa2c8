import type { Pengesah, SopIdentity } from '@jejak/contracts';
import type { IdentityField } from '../model/import-report.model';
import { parseAgency } from '../parse/agency.parser';
import { readIndonesianDate } from '../parse/indonesian-date.parser';
import { looksLikeLegalReference, splitLegalReferences, splitList } from '../parse/numbered-list.parser';
import { parsePengesah } from '../parse/pengesah.parser';
import { unglue } from '../text/markup.normaliser';
import type { Vocabulary } from '../text/vocabulary';
import type { FieldValue, IdentityBlock } from './identity-block.reader';
import type { IdentityLabel } from './identity-label';
import { trimRunEnd } from '../text/trim-run';

/** "- UU Nomor 25 Tahun 1992 - Peraturan Daerah Nomor 4 Tahun 2007" on one line: items separated by a spaced dash. */
function splitDashedItems(item: string): string[] {
  const parts = item
    .split(/\s+[-–—•]\s+(?=[A-Z])/)
    .map((part) => part.replace(/^[-–—•]\s*/, '').trim())
    .filter((part) => part !== '');
  return parts.length > 1 ? parts : [item];
}

export interface IdentityContext {
  /** Text lines above the identity block (agency heading, title). */
  preludeTexts: string[];
  /** A book names its dinas once; its SOP pages (often OCR'd) are read under that name. */
  bookInstansi: string | null;
  /** The unit of the book's list group the SOP belongs to. */
  indexUnit: string | null;
  /** Page header lines of a single SOP ("Dinas Koperasi, Usaha Kecil dan Menengah / Provinsi Jawa Timur"). */
  pageHeaderTexts: string[];
  /** Line of the block's start, for warnings about fields that are missing. */
  line: number;
  /** False when the SOP has no identity block at all (one warning says so; no warning per field). */
  identityBlockFound: boolean;
  vocabulary: Vocabulary;
}

export interface IdentityResult {
  identity: SopIdentity;
  found: IdentityField[];
  warnings: { line: number; message: string }[];
}

const LABEL_NAMES: Record<IdentityLabel, string> = {
  nomor: 'Nomor SOP',
  tanggalPembuatan: 'Tanggal pembuatan',
  tanggalRevisi: 'Tanggal revisi',
  tanggalEfektif: 'Tanggal efektif',
  disahkanOleh: 'Disahkan oleh',
  nama: 'Nama SOP',
  dasarHukum: 'Dasar hukum',
  kualifikasiPelaksana: 'Kualifikasi pelaksana',
  keterkaitan: 'Keterkaitan',
  peralatanPerlengkapan: 'Peralatan/perlengkapan',
  peringatan: 'Peringatan',
  pencatatanPendataan: 'Pencatatan dan pendataan',
};

const asText = (value: FieldValue | undefined) => unglue((value?.parts ?? []).join(' ').replace(/\s+/g, ' ').trim());
const asListSource = (value: FieldValue | undefined) => (value?.parts ?? []).join('\n');

/** Removes what OCR adds to a number: stray unbalanced brackets, trailing punctuation. */
export function cleanSopNumber(text: string): string {
  let number = text.replace(/\s+/g, ' ').trim();
  if ((number.match(/\(/g) ?? []).length !== (number.match(/\)/g) ?? []).length) number = number.replace(/[()]/g, '');
  return trimRunEnd(number, /[\s.,;:]/).trim();
}

const SHORT_WORDS = new Set(['dan', 'di', 'ke', 'yang', 'no', 'mei', 'tim', 'dll', 'ada', 'dua', 'ini', 'itu', 'apa', 'per', 'hal', 'kab', 'jl']);

/**
 * An item OCR broke beyond use: no words, or many fragments of words ("Per Me Per • Sur … raturan Menteri
 * Negara enengah … Tangg rtifikat … Ial … gah ang Pemberia"): short pieces that are neither words nor
 * acronyms, and longer ones found nowhere else in the document.
 */
export function looksDamaged(item: string, vocabulary: Vocabulary): boolean {
  const tokens = item.match(/[A-Za-z]+/g) ?? [];
  if (!tokens.some((token) => token.length >= 3)) return true;
  if (tokens.length < 6) return false;
  const fragments = tokens.filter((token) => token.length <= 3 && !/^[A-Z]+$/.test(token) && !SHORT_WORDS.has(token.toLowerCase())).length;
  const long = tokens.filter((token) => token.length >= 4);
  const singletons = long.filter((token) => vocabulary.count(token) <= 1).length;
  return fragments / tokens.length >= 0.1 && singletons / Math.max(1, long.length) >= 0.3;
}

/** Turns the raw fields of an identity block into the SOP content model's identity. */
export function buildIdentity(block: IdentityBlock, context: IdentityContext): IdentityResult {
  const warnings: { line: number; message: string }[] = [];
  const found = new Set<IdentityField>();
  const v = block.values;
  const lineOf = (label: IdentityLabel) => v[label]?.line ?? block.labelLines[label] ?? context.line;
  (Object.keys(v) as IdentityLabel[]).forEach((label) => {
    if (asText(v[label]) !== '') found.add(label);
  });

  // Agency and unit.
  const pageAgency = parseAgency([...context.preludeTexts, ...block.agencyTexts]);
  const headerAgency = parseAgency(context.pageHeaderTexts);
  let instansi = context.bookInstansi ?? pageAgency.instansi ?? headerAgency.instansi ?? '';
  if (!context.bookInstansi && pageAgency.instansi) found.add('instansi');
  if (instansi === '') warnings.push({ line: context.line, message: 'Instansi tidak ditemukan' });
  let unit = pageAgency.unit ?? context.indexUnit ?? headerAgency.unit ?? '';
  if (pageAgency.unit) found.add('unit');
  instansi = instansi.replace(/\s+/g, ' ');
  unit = unit.replace(/\s+/g, ' ');

  const nomorText = cleanSopNumber(asText(v.nomor));
  const nomor = nomorText === '' ? null : nomorText;

  const date = (label: 'tanggalPembuatan' | 'tanggalRevisi' | 'tanggalEfektif'): string | null => {
    const text = asText(v[label]);
    if (text === '') return null;
    const reading = readIndonesianDate(text);
    if (reading.iso === null) warnings.push({ line: lineOf(label), message: `${LABEL_NAMES[label]} tidak terbaca: "${text}"` });
    else if (!reading.exact) warnings.push({ line: lineOf(label), message: `${LABEL_NAMES[label]} "${text}" dibaca sebagai ${reading.iso} (ejaan bulan tidak baku)` });
    return reading.iso;
  };

  let disahkanOleh: Pengesah | null = null;
  if (v.disahkanOleh) {
    let raw = asText(v.disahkanOleh);
    if (block.underlinedName && raw.includes(block.underlinedName)) raw = raw.replace(block.underlinedName, `<u>${block.underlinedName}</u>`);
    const reading = parsePengesah(raw, block.jabatanHint);
    disahkanOleh = reading.pengesah;
    for (const problem of reading.problems) warnings.push({ line: lineOf('disahkanOleh'), message: `Disahkan oleh: ${problem}` });
    if (!disahkanOleh) found.delete('disahkanOleh');
  } else if (context.identityBlockFound) {
    warnings.push({ line: context.line, message: 'Disahkan oleh tidak ada di blok identitas; isi pengesah (nama, NIP, jabatan) sebelum SOP diajukan' });
  }

  /** The items of a list field, without those OCR broke beyond use (each reported). */
  const listOf = (label: IdentityLabel, items: string[]): string[] => {
    const kept = items.filter((item) => {
      if (!looksDamaged(item, context.vocabulary)) return true;
      warnings.push({ line: lineOf(label), message: `${LABEL_NAMES[label]}: teks rusak (hasil OCR) tidak dimasukkan: "${item}"` });
      return false;
    });
    if (kept.length === 0) found.delete(label);
    return kept;
  };

  const dasarHukum: string[] = [];
  for (const item of listOf('dasarHukum', splitList(asListSource(v.dasarHukum)).flatMap(splitDashedItems).flatMap(splitLegalReferences))) {
    if (looksLikeLegalReference(item)) dasarHukum.push(item);
    else warnings.push({ line: lineOf('dasarHukum'), message: `Dasar hukum: teks yang bukan peraturan tidak dimasukkan: "${item}"` });
  }
  if (dasarHukum.length === 0) found.delete('dasarHukum');

  let keterkaitan = listOf('keterkaitan', splitList(asListSource(v.keterkaitan)));
  if (keterkaitan.length === 1 && /\btidak\s+(?:ber)?(?:kait|terkait)|\btidak ada\b|^-+$/i.test(keterkaitan[0])) keterkaitan = [];

  const identity: SopIdentity = {
    instansi,
    unit,
    nomor,
    nama: asText(v.nama).replace(/^SOP\s+/i, ''),
    tanggalPembuatan: date('tanggalPembuatan'),
    tanggalRevisi: date('tanggalRevisi'),
    tanggalEfektif: date('tanggalEfektif'),
    disahkanOleh,
    dasarHukum,
    keterkaitan,
    peringatan: asText(v.peringatan),
    kualifikasiPelaksana: listOf('kualifikasiPelaksana', splitList(asListSource(v.kualifikasiPelaksana))),
    peralatanPerlengkapan: listOf('peralatanPerlengkapan', splitList(asListSource(v.peralatanPerlengkapan))),
    pencatatanPendataan: splitList(asListSource(v.pencatatanPendataan)).join('; '),
  };
  if (context.identityBlockFound) {
    if (nomor === null) warnings.push({ line: lineOf('nomor'), message: 'Nomor SOP kosong' });
    if (identity.tanggalEfektif === null && !v.tanggalEfektif) warnings.push({ line: lineOf('tanggalEfektif'), message: 'Tanggal efektif kosong' });
  }
  for (const { line, text } of block.unassigned) warnings.push({ line, message: `Teks di blok identitas tidak dikenali: "${text}"` });
  return { identity, found: [...found], warnings };
}
