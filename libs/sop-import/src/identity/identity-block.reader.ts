import { looksLikeAgency } from '../parse/agency.parser';
import { NIP_PATTERN } from '../parse/pengesah.parser';
import { cleanMarkup } from '../text/markup.normaliser';
import type { SourceLine } from '../text/source-line';
import type { Vocabulary } from '../text/vocabulary';
import { findLabels, isLabelDebris, type IdentityLabel, type LabelHit } from './identity-label';

/** A line of an identity block, with what stood between it and the line before. */
export interface IdentityLine {
  line: SourceLine;
  /** Blank lines came before it. */
  blankBefore: boolean;
  /** A page break (repeated page header) came before it. */
  pageBreakBefore: boolean;
}

export interface FieldValue {
  /** One entry per line the value was read from. */
  parts: string[];
  line: number;
}

export interface IdentityBlock {
  values: Partial<Record<IdentityLabel, FieldValue>>;
  /** Underlined text in the "Disahkan oleh" value (the signatory's name). */
  underlinedName: string | null;
  /** Agency / unit texts from the left cell of the identity box. */
  agencyTexts: string[];
  /** Position text the copy moved before the "Disahkan oleh" label. */
  jabatanHint: string;
  /** Text that fits no field. */
  unassigned: { line: number; text: string }[];
  /** Line of each label found (also when its value is empty). */
  labelLines: Partial<Record<IdentityLabel, number>>;
}

type Open = { kind: 'single'; label: IdentityLabel } | { kind: 'pair'; left: IdentityLabel; right: IdentityLabel; splitCell: number } | null;

const cellAt = (cellStarts: readonly number[], offset: number): number => {
  let index = 0;
  cellStarts.forEach((start, i) => {
    if (start <= offset) index = i;
  });
  return index;
};

/** Without leading "[\s:;.]+" and trailing "[\s:;]+" (scanned, not matched: /[…]+$/ is quadratic on long runs). */
const valueText = (text: string) => {
  const start = /^[\s:;.]*/.exec(text)?.[0].length ?? 0;
  let end = text.length;
  while (end > start && /[\s:;]/.test(text[end - 1])) end -= 1;
  return text.slice(start, end).trim();
};

/**
 * Reads the identity block of one SOP into raw field values. Handles the layouts the seeds show:
 * "Label : value" rows, "Label<TAB>value" rows, two labels side by side with their values in the rows
 * below (continuing across a page break), several labels on one line, labels with values on following
 * lines, and the copy's merged cells ("DISAHKAN OLEH NAMA SOP<TAB>…NIP… NAME OF SOP").
 */
export function readIdentityBlock(lines: readonly IdentityLine[], vocabulary: Vocabulary): IdentityBlock {
  const block: IdentityBlock = { values: {}, underlinedName: null, agencyTexts: [], jabatanHint: '', unassigned: [], labelLines: {} };
  let open = null as Open;

  const add = (label: IdentityLabel, text: string, line: number) => {
    const value = text.trim();
    if (value === '') return;
    const existing = block.values[label];
    if (existing) existing.parts.push(value);
    else block.values[label] = { parts: [value], line };
  };

  const other = (text: string, line: number) => {
    const value = text.trim();
    if (value === '') return;
    if (looksLikeAgency(value)) {
      const kepala = value.search(/\bKepala\b/);
      if (kepala > 0) {
        block.agencyTexts.push(value.slice(0, kepala));
        block.jabatanHint = value.slice(kepala);
      } else if (kepala === 0) block.jabatanHint = value;
      else block.agencyTexts.push(value);
    } else block.unassigned.push({ line, text: value });
  };

  for (const { line, blankBefore, pageBreakBefore } of lines) {
    const underlined = /<u>([\s\S]*?)<\/u>/i.exec(line.raw);
    const cells = line.rawCells.map((cell) => cleanMarkup(cell, { keepBreaks: true }));
    const { text, cellStarts } = vocabulary.joinCellsAt(cells);
    if (text.trim() === '') continue;
    const hits = findLabels(text);

    if (hits.length === 0) {
      if (open?.kind === 'pair' && blankBefore && !pageBreakBefore) open = null;
      if (open?.kind === 'pair') {
        const left = vocabulary.joinCells(cells.slice(0, open.splitCell));
        const right = vocabulary.joinCells(cells.slice(open.splitCell));
        add(open.left, left, line.no);
        add(open.right, right, line.no);
      } else if (open?.kind === 'single') {
        add(open.label, text, line.no);
      } else other(text, line.no);
      continue;
    }

    const values = hits.map((hit, i) => {
      const raw = valueText(text.slice(hit.end, hits[i + 1]?.start ?? text.length));
      return isLabelDebris(raw) ? '' : raw;
    });
    hits.forEach((hit) => {
      block.labelLines[hit.label] ??= line.no;
    });
    const prefix = text.slice(0, hits[0].start).trim();
    if (prefix !== '') {
      // Text before a label: the name of the SOP moved before its label, the end of the value above, or the agency.
      if (hits[0].label === 'nama' && values[0] === '' && /^SOP\s/i.test(prefix)) values[0] = prefix;
      else if (open?.kind === 'single' && !looksLikeAgency(prefix)) add(open.label, prefix, line.no);
      else other(prefix, line.no);
    }
    open = null;

    if (hits.length === 2 && values.every((value) => value === '')) {
      open = { kind: 'pair', left: hits[0].label, right: hits[1].label, splitCell: Math.max(1, cellAt(cellStarts, hits[1].start)) };
      continue;
    }
    hits.forEach((hit: LabelHit, i) => {
      const next = hits[i + 1];
      if (values[i] !== '') {
        add(hit.label, values[i], line.no);
        return;
      }
      if (next && values[i + 1] !== '') {
        // Two labels, one value: give it to the label it fits.
        if (hit.label === 'disahkanOleh' && next.label === 'nama') {
          const nip = NIP_PATTERN.exec(values[i + 1]);
          if (nip) {
            const end = (nip.index ?? 0) + nip[0].length;
            add('disahkanOleh', values[i + 1].slice(0, end), line.no);
            values[i + 1] = values[i + 1].slice(end).trim();
          }
        } else if (hit.label === 'peringatan' && next.label === 'pencatatanPendataan' && /^(?:jika|apabila|bila)\b/i.test(values[i + 1])) {
          add('peringatan', values[i + 1], line.no);
          values[i + 1] = '';
        }
        return;
      }
      if (!next) open = { kind: 'single', label: hit.label };
    });
    if (underlined && (block.values.disahkanOleh?.line ?? -1) === line.no) block.underlinedName = cleanMarkup(underlined[1]);
  }
  return block;
}
