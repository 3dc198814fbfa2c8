import type { SopIdentity } from '@jejak/contracts';
import { FLOW_SHEET, SHEET, TYPE } from './page-geometry';
import { lineCount } from './text-metrics';

/** Identity table columns, as fractions of its width (CSS uses the same). */
export const IDENTITY_COLUMNS = { left: 0.47, label: 0.14, value: 0.39 } as const;
export const IDENTITY_TYPE = { size: 10.5, line: 13, minScale: 0.7 } as const;

export interface IdentityFont {
  size: number;
  line: number;
}

const LIST_INDENT = 16;
const PAD = 2 * TYPE.cellPadX + TYPE.border;

function listHeight(items: readonly string[], width: number, font: IdentityFont): number {
  const filled = items.filter((item) => item.trim() !== '');
  const indent = filled.length > 1 ? LIST_INDENT : 0;
  const lines = Math.max(1, filled.reduce((sum, item) => sum + lineCount(item, width - PAD - indent, font.size), 0));
  return lines * font.line;
}

/** Estimated height of the identity table at a font, leaning high like all estimates here. */
export function identityHeight(identity: SopIdentity, font: IdentityFont, width: number = SHEET.width): number {
  const scale = font.size / IDENTITY_TYPE.size;
  const left = width * IDENTITY_COLUMNS.left;
  const right = width * (IDENTITY_COLUMNS.label + IDENTITY_COLUMNS.value);
  const value = width * IDENTITY_COLUMNS.value;
  const row = font.line + 2 * TYPE.cellPadY + TYPE.border;
  const pengesah = identity.disahkanOleh;
  const pengesahHeight =
    (pengesah === null ? 1 : lineCount(pengesah.jabatan, value - PAD, font.size) + 2) * font.line + 34 * scale + 2 * TYPE.cellPadY + TYPE.border;
  const namaHeight = lineCount(identity.nama, value - PAD, 12 * scale, true) * 15 * scale + 2 * TYPE.cellPadY + TYPE.border;
  const header = 4 * row + pengesahHeight + namaHeight;
  const sections: [string[], string[]][] = [
    [identity.dasarHukum, identity.kualifikasiPelaksana],
    [identity.keterkaitan, identity.peralatanPerlengkapan],
    [[identity.peringatan], [identity.pencatatanPendataan]],
  ];
  const body = sections.reduce(
    (sum, [a, b]) => sum + row + Math.max(listHeight(a, left, font), listHeight(b, right, font)) + 7 + TYPE.border,
    0,
  );
  return Math.ceil(header + body);
}

/** The largest font (down to 70 %) at which the identity fits its sheet. */
export function identityFont(identity: SopIdentity, available: number = SHEET.height - FLOW_SHEET.head - FLOW_SHEET.slack): IdentityFont {
  for (let scale = 1; scale >= IDENTITY_TYPE.minScale - 1e-9; scale -= 0.05) {
    const font = { size: Math.round(IDENTITY_TYPE.size * scale * 10) / 10, line: Math.round(IDENTITY_TYPE.line * scale * 10) / 10 };
    if (identityHeight(identity, font) <= available) return font;
  }
  const scale = IDENTITY_TYPE.minScale;
  return { size: Math.round(IDENTITY_TYPE.size * scale * 10) / 10, line: Math.round(IDENTITY_TYPE.line * scale * 10) / 10 };
}
