import { inflateSync } from 'node:zlib';

/**
 * Horizontal metrics of a font, read from a WOFF 1.0 file (the sfnt tables `head`, `hhea`, `hmtx`, `cmap`):
 * enough to estimate text widths the way the browser will lay them out, with no font library.
 */
export interface FontMetrics {
  unitsPerEm: number;
  /** Advance width in font units of the glyph the font maps `codePoint` to; undefined when it has none. */
  advance(codePoint: number): number | undefined;
  /** Every code point the font maps to a glyph, ascending. */
  codePoints(): number[];
}

const tag = (buffer: Buffer, at: number) => buffer.toString('latin1', at, at + 4);

/** The uncompressed sfnt tables of a WOFF 1.0 file, by tag. */
function woffTables(file: Buffer): Map<string, Buffer> {
  if (tag(file, 0) !== 'wOFF') throw new Error('Not a WOFF 1.0 font (signature is not "wOFF")');
  const count = file.readUInt16BE(12);
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < count; i += 1) {
    const entry = 44 + i * 20;
    const offset = file.readUInt32BE(entry + 4);
    const compressed = file.readUInt32BE(entry + 8);
    const original = file.readUInt32BE(entry + 12);
    const data = file.subarray(offset, offset + compressed);
    tables.set(tag(file, entry), compressed < original ? inflateSync(data) : data);
  }
  return tables;
}

function required(tables: Map<string, Buffer>, name: string): Buffer {
  const table = tables.get(name);
  if (table === undefined) throw new Error(`The font has no "${name}" table`);
  return table;
}

/** Code point → glyph id from the Unicode cmap subtable (format 12 if present, else format 4). */
function characterMap(cmap: Buffer): Map<number, number> {
  const records = cmap.readUInt16BE(2);
  const subtables = new Map<string, number>();
  for (let i = 0; i < records; i += 1) {
    const at = 4 + i * 8;
    subtables.set(`${cmap.readUInt16BE(at)}.${cmap.readUInt16BE(at + 2)}`, cmap.readUInt32BE(at + 4));
  }
  const map = new Map<number, number>();
  const full = subtables.get('3.10') ?? subtables.get('0.4');
  if (full !== undefined && cmap.readUInt16BE(full) === 12) {
    const groups = cmap.readUInt32BE(full + 12);
    for (let g = 0; g < groups; g += 1) {
      const at = full + 16 + g * 12;
      const [start, end, glyph] = [cmap.readUInt32BE(at), cmap.readUInt32BE(at + 4), cmap.readUInt32BE(at + 8)];
      for (let c = start; c <= end; c += 1) map.set(c, glyph + c - start);
    }
    return map;
  }
  const bmp = subtables.get('3.1') ?? subtables.get('0.3');
  if (bmp === undefined || cmap.readUInt16BE(bmp) !== 4) throw new Error('The font has no Unicode cmap of format 4 or 12');
  const segments = cmap.readUInt16BE(bmp + 6) / 2;
  const ends = bmp + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s += 1) {
    const end = cmap.readUInt16BE(ends + s * 2);
    const start = cmap.readUInt16BE(starts + s * 2);
    const delta = cmap.readInt16BE(deltas + s * 2);
    const rangeOffset = cmap.readUInt16BE(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c += 1) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const raw = cmap.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(c, glyph);
    }
  }
  return map;
}

/** Reads the horizontal metrics of a WOFF 1.0 font file. */
export function readWoffMetrics(file: Buffer): FontMetrics {
  const tables = woffTables(file);
  const unitsPerEm = required(tables, 'head').readUInt16BE(18);
  const longMetrics = required(tables, 'hhea').readUInt16BE(34);
  const hmtx = required(tables, 'hmtx');
  const glyphs = characterMap(required(tables, 'cmap'));
  const advanceOfGlyph = (glyph: number) => hmtx.readUInt16BE(Math.min(glyph, longMetrics - 1) * 4);
  return {
    unitsPerEm,
    advance: (codePoint) => {
      const glyph = glyphs.get(codePoint);
      return glyph === undefined ? undefined : advanceOfGlyph(glyph);
    },
    codePoints: () => [...glyphs.keys()].sort((a, b) => a - b),
  };
}
