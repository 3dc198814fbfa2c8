import { BUNDLED_FONT_STACK } from '@jejak/pdf';

/**
 * Page geometry of the SOP AP document in CSS pixels (96 per inch), for A4 landscape.
 * The HTML is laid out in these units so the flowchart's SVG coordinates match the table exactly.
 */
export const MM = 96 / 25.4;

export const A4_LANDSCAPE = { widthMm: 297, heightMm: 210 } as const;
export const PAGE_MARGIN_MM = 10;

/** The printable area of one sheet. */
export const SHEET = {
  widthMm: A4_LANDSCAPE.widthMm - 2 * PAGE_MARGIN_MM,
  heightMm: A4_LANDSCAPE.heightMm - 2 * PAGE_MARGIN_MM,
  /** 277 mm, rounded down to whole pixels. */
  width: Math.floor((A4_LANDSCAPE.widthMm - 2 * PAGE_MARGIN_MM) * MM),
  /** 190 mm, rounded down, less 2 px kept free so rounding never spills a sheet onto a second page. */
  height: Math.floor((A4_LANDSCAPE.heightMm - 2 * PAGE_MARGIN_MM) * MM) - 2,
} as const;

/** Whole A4 landscape page in CSS pixels (for screenshots of the screen view). */
export const PAGE_PX = { width: Math.ceil(A4_LANDSCAPE.widthMm * MM), height: Math.ceil(A4_LANDSCAPE.heightMm * MM) } as const;

/**
 * Typography of the tables. Line height in px; font sizes in px. The font is the one bundled with `@jejak/pdf`
 * (Arimo, embedded in the document), never a system font, so the layout holds on every machine.
 */
export const TYPE = {
  fontFamily: BUNDLED_FONT_STACK,
  body: 10,
  bodyLine: 12.5,
  small: 8.5,
  smallLine: 10.5,
  header: 9.5,
  headerLine: 11.5,
  cellPadX: 4,
  cellPadY: 3,
  border: 1,
} as const;

/** Fixed columns of the flowchart table; the rest is shared by Kegiatan and the pelaksana lanes. */
export const FLOW_COLUMNS = {
  no: 26,
  kelengkapan: 112,
  /** Wide enough for "Menyesuaikan" on one line. */
  waktu: 78,
  output: 112,
  keterangan: 72,
  kegiatanMin: 210,
  kegiatanFloor: 120,
  laneMax: 92,
  laneMin: 44,
  laneFloor: 32,
} as const;

/** Heights of the fixed parts of a flowchart sheet. */
export const FLOW_SHEET = {
  /** Running head: SOP name, number, page. */
  head: 20,
  /** Title of the (sub-)procedure. */
  title: 20,
  /** First header row: No | Kegiatan | Pelaksana | Mutu Baku | Keterangan. */
  headerRow: 20,
  /** Space kept under the table. */
  slack: 6,
} as const;
