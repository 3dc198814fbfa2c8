/**
 * Large and hostile SOP texts for the scaling test and the benchmark, all made from a seed or a short
 * pattern repeated to a size in characters. Each shape once made some stage of the importer quadratic.
 */
export function repeatTo(pattern: string, size: number, prefix = ''): string {
  const parts: string[] = [prefix];
  let length = prefix.length;
  while (length < size) {
    parts.push(pattern);
    length += pattern.length;
  }
  return parts.join('').slice(0, size);
}

/** A book made of a real seed repeated (page breaks between the copies). */
export const bookFromSeed = (seed: string, size: number): string => repeatTo(`${seed}\n\n\n`, size);

const HEADER = 'No\tKegiatan\tKepala Dinas\tKasi\tKelengkapan\tWaktu\tOutput\tKet\n';

/** Shapes that once took quadratic time, by name. */
export const HOSTILE_SHAPES: Record<string, (size: number) => string> = {
  /** A list of thousands of SOPs, then pages that match none of them (the matcher). */
  longIndex: (size) => {
    const rows: string[] = ['NO\tNAMA SOP\tNOMOR SOP'];
    let length = 0;
    for (let i = 1; length < size / 2; i += 1) {
      const row = `${(i % 999) + 1}\tSOP Pelayanan Izin ${i}\t${i}/SOP/X/2023`;
      rows.push(row);
      length += row.length + 1;
    }
    return rows.join('\n') + repeatTo('\n\nNOMOR SOP\t: 1/SOP/Y/2023\nNAMA SOP\t: Pelayanan Izin Lain\n', size / 2);
  },
  /** One short line over and over (the page-header detector). */
  repeatedLine: (size) => repeatTo('Dinas Koperasi\n\n\n', size),
  /** "<" without ">" (tag stripping). */
  unclosedTags: (size) => repeatTo('<a ', size),
  /** One line of very many cells (joining cells). */
  manyCells: (size) => repeatTo('x\t', size),
  /** A step whose text ends in a very long run of dots (trailing-punctuation trims). */
  longPunctuation: (size) => `${HEADER}1\tKasi memeriksa jika benar${'.'.repeat(size)}x\tv\t\tberkas\t15 Menit\tx\t\n`,
  /** A step of one enormous lowercase word (glued-word detection). */
  longWord: (size) => `${HEADER}1\tKasi ${'a'.repeat(size)}\tv\t\tberkas\t15 Menit\tx\t\n`,
  /** Thousands of numbered decision rows in one table (ways back of decisions). */
  manyDecisions: (size) => {
    const rows: string[] = [HEADER];
    let length = 0;
    for (let i = 0; length < size; i += 1) {
      const row = `${(i % 999) + 1}\tKasi memeriksa berkas jika benar lanjut\tTidak\tv\tberkas\t15 Menit\tberkas\t\n\n`;
      rows.push(row);
      length += row.length;
    }
    return rows.join('');
  },
};
