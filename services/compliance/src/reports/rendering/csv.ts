import type { EvaluationForm, MonitoringForm } from '../../domain';

/**
 * CSV as RFC 4180 describes it, for Excel and for scripts:
 * - separator `,` (the RFC's). Excel set to the Indonesian locale lists with `;` and opens a `,` file in one column
 *   when double-clicked; such users take the XLSX, or Data > From Text/CSV, which asks. A `sep=` line would fix
 *   double-clicking but breaks every other reader and makes Excel ignore the BOM, so there is none;
 * - UTF-8 with a byte order mark, so Excel reads "✓", "é" and the like correctly;
 * - records end with CRLF, the last one too; a header record first;
 * - a field is quoted when it holds `,`, `"`, CR or LF, with `"` doubled inside;
 * - a text field that Excel would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR, and not a plain
 *   number) gets a leading `'` (OWASP's advice against CSV injection): SOP texts come from imported documents.
 * The table only: the SOP and the period are in the file name (and in the JSON, XLSX and PDF).
 */
export const CSV_SEPARATOR = ',';
export const UTF8_BOM = '\uFEFF';

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+([.,]\d+)?%?$/;

/** One field, escaped. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text) && text !== '-' && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: BOM, header, records, CRLF after each. */
export function toCsv(header: readonly string[], records: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  const lines = [header, ...records].map((record) => record.map(csvField).join(CSV_SEPARATOR));
  return `${UTF8_BOM}${lines.map((line) => `${line}\r\n`).join('')}`;
}

export const MONITORING_CSV_HEADER = ['No', 'Kode Langkah', 'Prosedur', 'Penilaian terhadap penerapan', 'Catatan hasil penilaian', 'Tindakan yang harus diambil'];

/** The monitoring form's table: one record per prosedur; an empty penilaian means not yet assessed. */
export function monitoringFormCsv(form: MonitoringForm): string {
  return toCsv(
    MONITORING_CSV_HEADER,
    form.rows.map((r) => [r.no, r.stepKey, r.prosedur, r.penilaian, r.catatanHasilPenilaian, r.tindakanYangHarusDiambil]),
  );
}

export const EVALUATION_CSV_HEADER = ['No', 'Kriteria Penilaian', 'Penilaian', 'Catatan', 'Tindak Lanjut', 'Data Pendukung'];

/** The evaluation form's table: one record per criterion; penilaian "Ya", "Tidak" or empty (not yet answered). */
export function evaluationFormCsv(form: EvaluationForm): string {
  return toCsv(
    EVALUATION_CSV_HEADER,
    form.rows.map((r) => [r.no, r.kriteria, r.penilaian, r.catatan, r.tindakLanjut, r.dataPendukung]),
  );
}
