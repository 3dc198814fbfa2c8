import { importSopBook, splitDocument } from '../sop-book.importer';
import { readSeed, SEEDS } from '../testing/seeds';

/**
 * "Never drop a row silently", checked on every seed: each non-empty tab-separated line after the book's
 * list is a step, the continuation of a step, a sub-procedure title, a table header, part of an identity
 * block, or the line of a warning.
 */
describe.each(Object.values(SEEDS))('row accounting: %s', (seed) => {
  const text = readSeed(seed);
  const report = importSopBook(text);
  const parts = splitDocument(text);
  const stepLines = new Set(report.sops.flatMap((sop) => sop.steps.map((step) => step.line)));
  const warningLines = new Set(report.warnings.map((warning) => warning.line));
  const procedures = parts.sections.flatMap((section) => section.procedures);
  const rows = procedures.flatMap((procedure) => procedure.rows);

  it('turns every step row into a step', () => {
    const stepRows = rows.filter((row) => row.cls.kind === 'step').map((row) => row.line.no);
    expect(stepRows.length).toBeGreaterThan(0);
    expect(stepRows.filter((line) => !stepLines.has(line))).toEqual([]);
    expect(stepRows).toHaveLength(stepLines.size);
  });

  it('puts every continuation row into the step above it', () => {
    const steps = report.sops.flatMap((sop) => sop.steps);
    for (const row of rows.filter((candidate) => candidate.cls.kind === 'continuation')) {
      const above = steps.filter((step) => step.line < row.line.no).sort((a, b) => b.line - a.line)[0];
      const firstWord = (row.line.cells[1] ?? '').split(' ')[0];
      const taken = above !== undefined && [above.activity, above.output, above.keterangan, ...above.inputs].join(' ').includes(firstWord);
      expect(taken || warningLines.has(row.line.no)).toBe(true);
    }
  });

  it('reports every merged or unreadable row by its line', () => {
    const damaged = rows.filter((row) => row.cls.kind === 'merged' || row.cls.kind === 'junk').map((row) => row.line.no);
    expect(damaged.filter((line) => !warningLines.has(line))).toEqual([]);
  });

  it('leaves no tab-separated line unaccounted for', () => {
    const accounted = new Set<number>([
      ...rows.map((row) => row.line.no),
      ...procedures.flatMap((procedure) => procedure.headerLines),
      ...parts.sections.flatMap((section) => section.identity.map((entry) => entry.line.no)),
      ...warningLines,
    ]);
    const tabbed = parts.lines.slice(parts.scanFrom).filter((line) => line.tabbed && !line.blank);
    expect(tabbed.filter((line) => !accounted.has(line.no)).map((line) => `${line.no}: ${line.text}`)).toEqual([]);
  });
});
