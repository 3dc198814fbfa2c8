/**
 * Cleans text copied out of Word/PDF converters: HTML fragments (`<ol><li>`, `<b>`, `<u>`, entities),
 * Markdown emphasis and stray LaTeX that some converters emit for drawn lines.
 */

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
  '&nbsp;': ' ',
};

export function decodeEntities(text: string): string {
  return text
    .replace(/&(?:amp|lt|gt|quot|#39|apos|nbsp);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

/** Collapses runs of spaces (not line breaks) and trims. */
export function collapseSpaces(text: string): string {
  return text
    .replace(/[ \t\u00a0\u2000-\u200b]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

export interface CleanOptions {
  /** Keep list-item boundaries (`<li>`, `<br>`) as "\n" instead of spaces. */
  keepBreaks?: boolean;
}

/** Removes markup from one cell or line. A cell that only held an underline (`<u> </u>`) becomes "_". */
export function cleanMarkup(raw: string, options: CleanOptions = {}): string {
  const breakTo = options.keepBreaks ? '\n' : ' ';
  let text = raw
    .replace(/\$\\overline\{[^}]*\}\$/g, '‾')
    .replace(/<\/?(?:li|br|p|div|tr)\b[^>]*>/gi, breakTo)
    .replace(/<[^>]*>/g, ' ');
  text = decodeEntities(text)
    .replace(/\*\*([^*]*)\*\*/g, '$1')
    .replace(/(^|\s)\*([^*\s][^*]*)\*(?=\s|$|[.,;:])/g, '$1$2')
    .replace(/\*\*/g, '');
  text = collapseSpaces(options.keepBreaks ? text : text.replace(/\n/g, ' '));
  if (text === '' && /<u\b/i.test(raw)) return '_';
  return text;
}

/** True when the raw cell text is wrapped in bold markup (`<b>…</b>` or `**…**`). */
export function isBold(raw: string): boolean {
  const trimmed = raw.trim();
  return /^<b>[\s\S]*<\/b>$/i.test(trimmed) || /^\*\*[\s\S]*\*\*$/.test(trimmed);
}

/** Words glued by the copy ("angsuranBank", "bergulirRekap") get a space back. */
export function unglue(text: string): string {
  return text.replace(/([a-z]{4,})([A-Z][a-z]{2,})/g, '$1 $2');
}

/** Lowercase, no accents or punctuation, single spaces: for comparing names. */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' dan ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
