import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readWoffMetrics, type FontMetrics } from './woff';

/**
 * The font every printed document uses, shipped as an npm package so that a document looks the same on every
 * machine whatever fonts the system has: Arimo (`@fontsource/arimo`, SIL Open Font License 1.1), the design that
 * Liberation Sans is built from, metric-compatible with Arial. Documents declare it with `@font-face` rules whose
 * files are inlined as data: URLs (the renderer loads nothing else), and layout code measures text with the
 * metrics read from the same files.
 */
export const BUNDLED_FONT_PACKAGE = '@fontsource/arimo';
export const BUNDLED_FONT_FAMILY = 'Arimo';
/** CSS `font-family`: the bundled font; the generic family only for a character it has no glyph for. */
export const BUNDLED_FONT_STACK = `'${BUNDLED_FONT_FAMILY}', sans-serif`;

export interface BundledFontFace {
  weight: 400 | 700;
  style: 'normal' | 'italic';
}

export const BUNDLED_FONT_FACES: readonly BundledFontFace[] = [
  { weight: 400, style: 'normal' },
  { weight: 700, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 700, style: 'italic' },
];

/** The package's subsets we embed: Latin (always), Latin Extended (only in documents that use it). */
const SUBSETS = ['latin', 'latin-ext'] as const;
type Subset = (typeof SUBSETS)[number];

let packageDir: string | null = null;
const fontPackageDir = () => (packageDir ??= dirname(require.resolve(`${BUNDLED_FONT_PACKAGE}/package.json`)));

const fontFile = (subset: Subset, face: BundledFontFace, format: 'woff' | 'woff2') =>
  join(fontPackageDir(), 'files', `arimo-${subset}-${face.weight}-${face.style}.${format}`);

/** Unicode ranges of a subset, as the package declares them (its `unicode.json`, the same as its CSS). */
interface Ranges {
  css: string;
  ranges: [number, number][];
}
let subsetRanges: Map<Subset, Ranges> | null = null;

function rangesOf(subset: Subset): Ranges {
  if (subsetRanges === null) {
    const declared = JSON.parse(readFileSync(join(fontPackageDir(), 'unicode.json'), 'utf8')) as Record<string, string>;
    subsetRanges = new Map(
      SUBSETS.map((name) => {
        const css = declared[name];
        if (typeof css !== 'string') throw new Error(`${BUNDLED_FONT_PACKAGE} declares no "${name}" subset`);
        const ranges = css.split(',').map((range): [number, number] => {
          const [from, to] = range.trim().replace(/^U\+/i, '').split('-');
          return [parseInt(from, 16), parseInt(to ?? from, 16)];
        });
        return [name, { css, ranges }];
      }),
    );
  }
  return subsetRanges.get(subset) as Ranges;
}

const inRanges = (codePoint: number, { ranges }: Ranges) => ranges.some(([from, to]) => codePoint >= from && codePoint <= to);

/** The subset whose face the browser takes a character from (the first declared range that holds it). */
function subsetOf(codePoint: number): Subset | undefined {
  return SUBSETS.find((subset) => inRanges(codePoint, rangesOf(subset)));
}

const dataUrls = new Map<string, string>();
function woff2DataUrl(subset: Subset, face: BundledFontFace): string {
  const file = fontFile(subset, face, 'woff2');
  let url = dataUrls.get(file);
  if (url === undefined) {
    url = `data:font/woff2;base64,${readFileSync(file).toString('base64')}`;
    dataUrls.set(file, url);
  }
  return url;
}

/**
 * `@font-face` rules for the bundled font, the files inlined as data: URLs, for a document whose text is `text`:
 * the Latin subset always, Latin Extended only when the text has a character of it (it is four times larger).
 * `font-display: block`, so nothing is ever drawn in a system font while the bundled one loads.
 */
export function bundledFontFaceCss(text = ''): string {
  const used = new Set<Subset>(['latin']);
  for (const char of text) {
    const subset = subsetOf(char.codePointAt(0) as number);
    if (subset !== undefined) used.add(subset);
  }
  return SUBSETS.filter((subset) => used.has(subset))
    .flatMap((subset) =>
      BUNDLED_FONT_FACES.map(
        (face) =>
          `@font-face { font-family: '${BUNDLED_FONT_FAMILY}'; font-style: ${face.style}; font-weight: ${face.weight}; font-display: block; ` +
          `src: url(${woff2DataUrl(subset, face)}) format('woff2'); unicode-range: ${rangesOf(subset).css}; }`,
      ),
    )
    .join('\n');
}

const metricsCache = new Map<string, FontMetrics>();

/**
 * Horizontal metrics of one face of the bundled font, read from the package's WOFF files (the same glyphs as the
 * WOFF2 files the documents embed), each character taken from the subset the browser takes it from.
 */
export function bundledFontMetrics(face: BundledFontFace): FontMetrics {
  const key = `${face.weight}-${face.style}`;
  let metrics = metricsCache.get(key);
  if (metrics === undefined) {
    const bySubset = new Map(SUBSETS.map((subset) => [subset, readWoffMetrics(readFileSync(fontFile(subset, face, 'woff')))]));
    const unitsPerEm = new Set([...bySubset.values()].map((m) => m.unitsPerEm));
    if (unitsPerEm.size !== 1) throw new Error(`The subsets of ${BUNDLED_FONT_PACKAGE} differ in unitsPerEm`);
    const codePoints = [...bySubset.entries()].flatMap(([subset, m]) => m.codePoints().filter((c) => subsetOf(c) === subset)).sort((a, b) => a - b);
    metrics = {
      unitsPerEm: [...unitsPerEm][0],
      advance: (codePoint) => {
        const subset = subsetOf(codePoint);
        return subset === undefined ? undefined : bySubset.get(subset)?.advance(codePoint);
      },
      codePoints: () => [...codePoints],
    };
    metricsCache.set(key, metrics);
  }
  return metrics;
}
