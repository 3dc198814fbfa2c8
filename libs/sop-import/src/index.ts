export * from './model/import-report.model';
export { importSopBook } from './sop-book.importer';
export { readSopBookFile, SopBookFileError } from './sop-book.file-reader';
export { parseWaktu, readWaktu, type WaktuReading } from './parse/waktu.parser';
export { readIndonesianDate, type DateReading } from './parse/indonesian-date.parser';
export { splitList } from './parse/numbered-list.parser';
export { parsePengesah, type PengesahReading } from './parse/pengesah.parser';
export { DINAS_CODE_PATTERN, assertDinasCode, isDinasCode } from './dinas-code';
