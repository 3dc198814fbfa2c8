import type { Decision, SopContent, SopIdentity, Waktu } from '@jejak/contracts';

/** Something the importer could not read with certainty. `line` is 1-based in the imported text. */
export interface ImportWarning {
  line: number;
  /** Bahasa Indonesia: the reader of the report is the dinas' SOP administrator. */
  message: string;
  /** The SOP the warning belongs to (its number, else its name); absent for book-level warnings. */
  sop?: string;
}

/** One line of a book's list of SOPs ("daftar SOP"), e.g. Pacitan's 46. */
export interface CatalogueIndexEntry {
  /** Ordinal in the list. */
  no: number;
  /** Nomor SOP as written in the list (whitespace collapsed). */
  number: string;
  /** Name as written in the list, e.g. "SOP Surat Masuk". */
  name: string;
  line: number;
  /** The list's group heading above the entry (bidang / bagian / UPT), when there is one. */
  unit: string | null;
}

/** A step in the flat shape of the `--json` output. */
export interface ImportedStep {
  /** 1-based index of the (sub-)procedure; `${procedure}.${no}` equals the contracts' `stepKey`. */
  procedure: number;
  no: number;
  activity: string;
  /** Pelaksana, spelled as in the SOP's role columns; empty when they could not be read. */
  roles: string[];
  waktu: Waktu;
  /** Kelengkapan / persyaratan. */
  inputs: string[];
  output: string;
  decision: Decision | null;
  keterangan: string;
  line: number;
}

export interface ImportedProcedure {
  name: string;
  roles: string[];
  stepCount: number;
  /** Line of the procedure's table header (or of its first row when the header is missing). */
  line: number;
}

export type IdentityField = keyof SopIdentity;

export type ImportProposalKind = 'pelaksana' | 'tidak';

/**
 * What the importer read from the text but did NOT put into the confirmed fields (`roles`, `pelaksana`,
 * `decision.tidak`): a person confirms or corrects it.
 */
export interface ImportProposal {
  kind: ImportProposalKind;
  /** Step number as the document writes it (`ImportedStep.no`). */
  stepNo: number;
  /** 1-based (sub-)procedure of the step: `${procedure}.${stepNo}` is the contracts' `stepKey`. */
  procedure: number;
  /** 'pelaksana': lane names as the SOP's role columns spell them; 'tidak': the target step no (same procedure). */
  value: string[] | number;
  /** The text the proposal rests on, quoted (Bahasa Indonesia, as in the document). */
  evidence: string;
  /** 1-based line of the evidence. */
  line: number;
  status: 'to-confirm';
}

/** A lane (role column) close to a known role name, e.g. "Kepala Dinss" → "Kepala Dinas". */
export interface LaneProposal {
  /** As written in the column header (and in `roles` / the content). */
  lane: string;
  known: string;
  /** Edit distance between the two (letters, case and spacing ignored). */
  distance: number;
  line: number;
  status: 'to-confirm';
}

/** An entry of a book's list with no step table in the book: not an SOP to draft, an entry to complete. */
export interface IndexOnlyEntry {
  entry: CatalogueIndexEntry;
  reason: 'no-page' | 'no-step-table';
  /** Line of the SOP page when there is one, else the entry's line in the list. */
  line: number;
  /** Bahasa Indonesia; also in the report's warnings. */
  warning: string;
  /** 'no-step-table': the page as read (identity, warnings, no steps); 'no-page': null. */
  page: ImportedSop | null;
}

export interface ImportedSop {
  number: string | null;
  name: string;
  /** First line of the SOP in the text. */
  line: number;
  /** Role columns of all procedures, in order of first appearance. */
  roles: string[];
  steps: ImportedStep[];
  procedures: ImportedProcedure[];
  /** Identity fields read from the SOP page itself (not filled in from the book's list). */
  identityFound: IdentityField[];
  warnings: ImportWarning[];
  /** The book's list entry this SOP was matched to. */
  indexEntry?: CatalogueIndexEntry;
  content: SopContent;
  /** Pelaksana of steps without one and "tidak" targets of decisions without one, to confirm. */
  proposals: ImportProposal[];
  /** Lanes that look like an OCR-damaged known role. */
  laneProposals: LaneProposal[];
}

export interface ImportOptions {
  /** Kemendagri region code of the dinas, e.g. "35" or "35.01". */
  dinas?: string;
  /** Where the text came from (a file name), echoed in the report. */
  source?: string;
}

export interface ImportReport {
  source: string | null;
  dinas: string | null;
  sops: ImportedSop[];
  index: CatalogueIndexEntry[];
  /** List entries with no step table in the book (not in `sops`). */
  indexOnly: IndexOnlyEntry[];
  /** Every warning of the import (book-level and per SOP), ordered by line. */
  warnings: ImportWarning[];
}
