/** What a test (or a health check) can tell of a PDF without a PDF library: header, pages and their sizes. */
export interface PdfSummary {
  /** `%PDF-` for a PDF. */
  header: string;
  pageCount: number;
  /** [width, height] in points of every MediaBox found (page objects, or an inherited one). */
  mediaBoxes: [number, number][];
  /**
   * PostScript names of the fonts the PDF embeds (`/BaseFont` of fonts, `/FontName` of font descriptors, which also
   * names the Type 3 fonts Chromium makes of stroked text; without the subset tag `ABCDEF+`), sorted, each once:
   * tells which fonts the text was really drawn in (e.g. `Arimo-Bold`, or `DejaVuSans` for a system fallback).
   */
  fonts: string[];
}

/** Reads the uncompressed object dictionaries Chromium writes: the `/Type /Page` objects, their `/MediaBox`, the fonts. */
export function inspectPdf(pdf: Buffer): PdfSummary {
  const text = pdf.toString('latin1');
  const pageCount = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  const mediaBoxes = [...text.matchAll(/\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/g)].map(
    (match): [number, number] => [Number(match[3]) - Number(match[1]), Number(match[4]) - Number(match[2])],
  );
  const fonts = [...new Set([...text.matchAll(/\/(?:BaseFont|FontName)\s*\/(?:[A-Z]{6}\+)?([^\s/<>[\]()]+)/g)].map((match) => match[1]))].sort();
  return { header: text.slice(0, 5), pageCount, mediaBoxes, fonts };
}
