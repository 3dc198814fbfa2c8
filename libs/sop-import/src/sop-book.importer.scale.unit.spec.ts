import { performance } from 'node:perf_hooks';
import { bookFromSeed, HOSTILE_SHAPES } from './bench/large-book';
import { importSopBook } from './sop-book.importer';
import { readSeed, SEEDS } from './testing/seeds';

/** The fastest of three runs, in ms: the least disturbed by other work on the machine. */
function fastest(text: string): number {
  let best = Infinity;
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    importSopBook(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

// Linear work grows 4× for 4× the text, quadratic 16×. The bound leaves room for a noisy machine
// (garbage collection, other processes) yet fails on quadratic growth; a floor keeps tiny timings out.
const GROWTH_BOUND = 9;
const FLOOR_MS = 5;

describe('importSopBook scales linearly', () => {
  const small = 100_000;

  it.each(Object.keys(HOSTILE_SHAPES))('%s: 4× the text costs well under 16× the time', (shape) => {
    const make = HOSTILE_SHAPES[shape];
    const base = Math.max(fastest(make(small)), FLOOR_MS);
    const large = fastest(make(4 * small));
    expect(large / base).toBeLessThan(GROWTH_BOUND);
  });

  it('a real book repeated to 1 MB costs well under 16× the time of 250 KB', () => {
    const seed = readSeed(SEEDS.pacitanBook);
    const base = Math.max(fastest(bookFromSeed(seed, 250_000)), FLOOR_MS);
    const large = fastest(bookFromSeed(seed, 1_000_000));
    expect(large / base).toBeLessThan(GROWTH_BOUND);
  });

  it('imports a 5 MB book made of a real one, reading every copy of its SOPs', () => {
    const seed = readSeed(SEEDS.pacitanBook);
    const single = importSopBook(seed);
    const text = bookFromSeed(seed, 5_000_000);
    const copies = Math.floor(text.length / (seed.length + 3));
    const started = performance.now();
    const report = importSopBook(text);
    const ms = performance.now() - started;
    expect(report.sops.length).toBeGreaterThanOrEqual(copies * (single.sops.length - 1));
    expect(ms).toBeLessThan(30_000);
  });
});
