/** Minimal reading of a PDF's structure for tests: version header, page objects and their media boxes (uncompressed dictionaries). */
export interface PdfSummary {
  header: string;
  pageCount: number;
  /** [width, height] in points, per page object that has a MediaBox (or the inherited one). */
  mediaBoxes: [number, number][];
}

export function inspectPdf(pdf: Buffer): PdfSummary {
  const text = pdf.toString('latin1');
  const pageCount = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  const mediaBoxes = [...text.matchAll(/\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/g)].map(
    (match): [number, number] => [Number(match[3]) - Number(match[1]), Number(match[4]) - Number(match[2])],
  );
  return { header: text.slice(0, 5), pageCount, mediaBoxes };
}
