/**
 * Paper sizes in millimetres (portrait). F4 ("folio", 215 x 330 mm) is what many Indonesian offices print on
 * besides A4; its exact width varies between suppliers (210 or 215 mm), 215 is the common one.
 */
export type PaperFormat = 'A4' | 'F4' | 'Letter' | 'Legal';

export const PAPER_MM: Readonly<Record<PaperFormat, { width: number; height: number }>> = {
  A4: { width: 210, height: 297 },
  F4: { width: 215, height: 330 },
  Letter: { width: 215.9, height: 279.4 },
  Legal: { width: 215.9, height: 355.6 },
};

/** Page size in millimetres for a format and orientation. */
export function pageSizeMm(format: PaperFormat, landscape: boolean): { width: number; height: number } {
  const { width, height } = PAPER_MM[format];
  return landscape ? { width: height, height: width } : { width, height };
}

/** CSS pixels (96 per inch) in a millimetre length. */
export const mmToPx = (mm: number): number => Math.round((mm * 96) / 25.4);

/** PDF points (72 per inch) in a millimetre length. */
export const mmToPt = (mm: number): number => (mm * 72) / 25.4;
