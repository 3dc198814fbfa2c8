/**
 * exceljs packs the workbook with JSZip, which stamps every entry with the wall clock (DOS date and time, 2-second
 * resolution) and writes nothing else that varies. Setting those stamps to a fixed date makes the XLSX bytes a pure
 * function of the workbook. The stamps are outside the compressed data and the CRCs, so nothing else changes.
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** DOS date of a calendar date (time 00:00:00). Years before 1980 cannot be written and become 1980-01-01. */
function dosDate(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`not a date YYYY-MM-DD: ${date}`);
  const year = Number(match[1]);
  if (year < 1980) return (1 << 5) | 1;
  return ((Math.min(year, 2107) - 1980) << 9) | (Number(match[2]) << 5) | Number(match[3]);
}

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the end of the file.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at -= 1) {
    if (zip.readUInt32LE(at) === EOCD) return at;
  }
  throw new Error('not a zip file: no end of central directory record');
}

/** A copy of `zip` whose entries are all dated `date` 00:00:00 (local and central headers). */
export function normaliseZipTimestamps(zip: Buffer, date: string): Buffer {
  const out = Buffer.from(zip);
  const stamp = dosDate(date);
  const eocd = findEndOfCentralDirectory(out);
  const entries = out.readUInt16LE(eocd + 10);
  let at = out.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i += 1) {
    if (out.readUInt32LE(at) !== CENTRAL) throw new Error(`zip central directory entry ${i} is damaged`);
    out.writeUInt16LE(0, at + 12);
    out.writeUInt16LE(stamp, at + 14);
    const local = out.readUInt32LE(at + 42);
    if (out.readUInt32LE(local) !== LOCAL) throw new Error(`zip local header of entry ${i} is damaged`);
    out.writeUInt16LE(0, local + 10);
    out.writeUInt16LE(stamp, local + 12);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}
