import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { findSeedsDir, readSeedSops, type SimulatedSop, type SkippedSop } from './seed-sops';
import { SIMULATION_DINAS, type SimulationDinas } from './simulation.config';
import { simulateYear, type Simulation } from './year-simulator';

export interface PreparedSimulation {
  seedsDir: string;
  sops: SimulatedSop[];
  skipped: SkippedSop[];
  simulation: Simulation;
  generateSeconds: number;
}

/** The repository root (the folder with nx.json) above `from`. */
export function repoRoot(from: string = __dirname): string {
  for (let dir = resolve(from); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
  }
  return resolve(from, '../../../..');
}

/** Imports the seed SOPs and simulates the year: the pure part of `npm run simulate` and of the benchmark. */
export function prepareSimulation(options: { seed: string; year: number; scale?: number; seedsDir?: string; dinas?: readonly SimulationDinas[] }): PreparedSimulation {
  const seedsDir = options.seedsDir ?? findSeedsDir(repoRoot());
  if (!seedsDir || !existsSync(seedsDir)) {
    throw new Error(`SOP seeds not found${options.seedsDir ? ` at ${options.seedsDir}` : ''}: pass --seeds <folder> or set JEJAK_SEEDS_DIR (the folder of *.txt SOP books; default docs/seeds)`);
  }
  const dinas = options.dinas ?? SIMULATION_DINAS;
  const started = Date.now();
  const { sops, skipped } = readSeedSops(seedsDir, dinas, `${options.year}-01-01`);
  if (sops.length === 0) throw new Error(`no runnable SOP in ${seedsDir}`);
  const simulation = simulateYear({ seed: options.seed, year: options.year, dinas, sops, scale: options.scale });
  return { seedsDir, sops, skipped, simulation, generateSeconds: (Date.now() - started) / 1000 };
}
