import { importSopBook } from '../sop-book.importer';
import type { ImportProposal } from '../model/import-report.model';
import { readSeed, SEEDS } from '../testing/seeds';
import golden from './proposals.golden.json';

/**
 * Measures the pelaksana and "tidak" proposals on the real seeds against a careful reading of their text
 * (`proposals.golden.json`). Fails when a proposal changes, appears on a step nobody reviewed, or when
 * the measured table (also in docs/sop-import.md) moves.
 */
type Seed = keyof typeof SEEDS;
interface Truth<T> {
  seed: string;
  procedure: number;
  step: number;
  truth: T | null;
}

const key = (seed: string, procedure: number, step: number) => `${seed}:${procedure}.${step}`;
const pelaksanaTruth = new Map((golden.pelaksana as Truth<string[]>[]).map((entry) => [key(entry.seed, entry.procedure, entry.step), entry.truth]));
const tidakTruth = new Map((golden.tidak as Truth<number>[]).map((entry) => [key(entry.seed, entry.procedure, entry.step), entry.truth]));

interface Row {
  seed: string;
  steps: number;
  lackingPelaksana: number;
  pelaksanaProposed: number;
  pelaksanaRight: number;
  pelaksanaWrong: number;
  pelaksanaUnsettled: number;
  decisionsLackingTidak: number;
  tidakProposed: number;
  tidakRight: number;
  tidakWrong: number;
}

function measure(seed: Seed): { row: Row; unreviewed: string[] } {
  const report = importSopBook(readSeed(SEEDS[seed]));
  const steps = report.sops.flatMap((sop) => sop.steps);
  const proposals: ImportProposal[] = report.sops.flatMap((sop) => sop.proposals);
  const unreviewed: string[] = [];
  const row: Row = {
    seed,
    steps: steps.length,
    lackingPelaksana: steps.filter((step) => step.roles.length === 0).length,
    pelaksanaProposed: 0,
    pelaksanaRight: 0,
    pelaksanaWrong: 0,
    pelaksanaUnsettled: 0,
    decisionsLackingTidak: steps.filter((step) => step.decision && step.decision.tidak === null).length,
    tidakProposed: 0,
    tidakRight: 0,
    tidakWrong: 0,
  };
  const multiSop = report.sops.length > 1;
  for (const proposal of proposals) {
    // In a book, steps are told apart by the SOP's list number instead of the procedure.
    const sop = report.sops.find((candidate) => candidate.proposals.includes(proposal));
    const where = multiSop ? key(seed, sop?.indexEntry?.no ?? 0, proposal.stepNo) : key(seed, proposal.procedure, proposal.stepNo);
    const truths = proposal.kind === 'pelaksana' ? pelaksanaTruth : tidakTruth;
    if (!truths.has(where)) {
      unreviewed.push(`${proposal.kind} ${where} → ${JSON.stringify(proposal.value)}`);
      continue;
    }
    const truth = truths.get(where);
    if (proposal.kind === 'pelaksana') {
      row.pelaksanaProposed += 1;
      if (truth === null) row.pelaksanaUnsettled += 1;
      else if (JSON.stringify(truth) === JSON.stringify(proposal.value)) row.pelaksanaRight += 1;
      else row.pelaksanaWrong += 1;
    } else {
      row.tidakProposed += 1;
      if (truth === null) row.tidakWrong += 1;
      else if (truth === proposal.value) row.tidakRight += 1;
      else row.tidakWrong += 1;
    }
  }
  return { row, unreviewed };
}

describe('proposals measured on the seeds (golden file)', () => {
  const seeds: Seed[] = ['jatimPerlindungan', 'jatimLayananInformasi', 'kalbarPlut', 'pacitanBook'];
  const results = seeds.map(measure);

  it('makes no proposal on a step the golden file has not reviewed', () => {
    expect(results.flatMap((result) => result.unreviewed)).toEqual([]);
  });

  it('matches the measured table', () => {
    expect(results.map((result) => result.row)).toEqual(golden.measured);
  });

  it('starts from the gaps the issue counted (13/13 Jatim KUKM, 17/28 and 8 decisions Kalbar PLUT, 81/137 Pacitan)', () => {
    const row = (seed: Seed) => results[seeds.indexOf(seed)].row;
    expect([row('jatimPerlindungan').lackingPelaksana, row('jatimPerlindungan').steps]).toEqual([13, 13]);
    expect([row('kalbarPlut').lackingPelaksana, row('kalbarPlut').steps, row('kalbarPlut').decisionsLackingTidak]).toEqual([17, 28, 8]);
    expect([row('pacitanBook').lackingPelaksana, row('pacitanBook').steps]).toEqual([81, 137]);
  });
});
