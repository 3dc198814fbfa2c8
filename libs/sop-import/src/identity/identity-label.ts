/**
 * The labels of an SOP's identity block, tolerant of what OCR and cell splits do to them
 * ("DISA HKAN OLE", "N A AMA SOP", "PEK INGATAN", "KUALIFIKASI PELAF KSANA").
 */
export type IdentityLabel =
  | 'nomor'
  | 'tanggalPembuatan'
  | 'tanggalRevisi'
  | 'tanggalEfektif'
  | 'disahkanOleh'
  | 'nama'
  | 'dasarHukum'
  | 'kualifikasiPelaksana'
  | 'keterkaitan'
  | 'peralatanPerlengkapan'
  | 'peringatan'
  | 'pencatatanPendataan';

const LABELS: ReadonlyArray<[IdentityLabel, RegExp]> = [
  ['nomor', /\bN\W?OMOR\s*SOP\b/i],
  ['tanggalPembuatan', /\b(?:T\W?GL|TANGGAL)\.?\s*PEMBUAT\W*(?:AN)?\b/i],
  ['tanggalRevisi', /\b(?:T\W?GL|TANGGAL|GL)\.?\s*REVISI\b/i],
  ['tanggalEfektif', /\b(?:T\W?GL|TANGGAL|GL)\.?\s*EFEKTIF\b/i],
  ['disahkanOleh', /\bDISAHKAN\b(?:\s*OL[EI]?H?\b)?/i],
  ['nama', /\b(?:N\W*A?\W*A?MA|JUDUL)\s*SOP\b/i],
  ['dasarHukum', /\bDAS\W*AR\s*HUKUM\b/i],
  ['kualifikasiPelaksana', /\bKUA\W*L?I?FIKASI\b(?:\s*P\w*)?/i],
  ['keterkaitan', /\b(?:KET\W*)?(?:E?TERKAITAN|ERKAITAN|KETERIKATAN)\b(?:\s+SOP\b)?/i],
  ['peralatanPerlengkapan', /\b(?:P\w?\s?)?ERALATAN\b(?:\s*(?:DAN|&|\/)\s*(?:PE\w*)?)?|\bLATAN\s+DAN\s+P\w*/i],
  ['peringatan', /\b(?:PER|PEK)?\W{0,2}INGATAN\b/i],
  ['pencatatanPendataan', /\bPENC\W*ATATAN\s*(?:DAN|&|DA\w?)(?:\s*P\w*)?/i],
];

/** `matchAll` copies a global expression, so these can be shared. */
const GLOBAL_LABELS: ReadonlyArray<[IdentityLabel, RegExp]> = LABELS.map(([label, pattern]) => [label, new RegExp(pattern.source, 'gi')]);

export interface LabelHit {
  label: IdentityLabel;
  start: number;
  end: number;
}

/** Every identity label in a (flattened) line, in order, without overlaps. */
export function findLabels(text: string): LabelHit[] {
  const hits: LabelHit[] = [];
  for (const [label, global] of GLOBAL_LABELS) {
    for (const match of text.matchAll(global)) {
      const start = match.index ?? 0;
      hits.push({ label, start, end: start + match[0].length });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: LabelHit[] = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (last && hit.start < last.end) continue;
    kept.push(hit);
  }
  return kept;
}

/** What is left of a label split by the copy ("ENCKAPAN", "KSANA", ":"): no value. */
export function isLabelDebris(text: string): boolean {
  const tokens = text.split(/\s+/).filter((token) => token !== '');
  return tokens.every(
    (token) =>
      !/[A-Za-z0-9]/.test(token) ||
      /^[A-Za-z]{1,3}\W*$/.test(token) ||
      /(?:ENGKAPAN|ENCKAPAN|LENGKAPAN|ENDATAAN|DATAAN|AKSANA|KSANA|SANA|HKAN)\W*$/i.test(token),
  );
}
