import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SopContent } from '@jejak/contracts';
import { importSopBook } from '@jejak/sop-import';
import { v5 as uuidv5 } from 'uuid';
import { buildSopFlow, type IsoDate } from '../../src/domain';
import type { SimulationDinas } from './simulation.config';

/** Fixed namespace of simulated ids (SOPs, cases, events). Never change it: reruns would give other ids. */
export const SIMULATION_NAMESPACE = '5d3b1e0c-7a52-4f0e-9b7a-3c1d2e4f6a80';

/** An SOP version the simulated dinas runs. */
export interface SimulatedSop {
  tenant: string;
  sopId: string;
  version: number;
  content: SopContent;
  /** From when the version is effective (the SOP's tanggal efektif, else its tanggal pembuatan, else the fallback). */
  effectiveFrom: IsoDate;
  /** The seed file it was imported from. */
  source: string;
}

export interface SkippedSop {
  source: string;
  nama: string;
  reason: string;
}

/** The SOP id of a seed SOP: stable across runs, from the dinas and the SOP's number (else its name). */
export const simulatedSopId = (tenant: string, content: SopContent): string =>
  uuidv5(`sop\n${tenant}\n${(content.identity.nomor ?? content.identity.nama).trim().toLowerCase()}`, SIMULATION_NAMESPACE);

/**
 * Imports one seed text (a single SOP or a book) for a dinas. Pure. Keeps the SOPs that can run as cases (at least one
 * step, a flowchart whose branches exist); lists the others with the reason.
 */
export function sopsFromSeed(text: string, tenant: string, source: string, fallbackEffective: IsoDate): { sops: SimulatedSop[]; skipped: SkippedSop[] } {
  const report = importSopBook(text, { dinas: tenant, source });
  const sops: SimulatedSop[] = [];
  const skipped: SkippedSop[] = [];
  const seen = new Set<string>();
  for (const imported of report.sops) {
    const content = imported.content;
    const nama = content.identity.nama;
    try {
      buildSopFlow(content);
    } catch (error) {
      skipped.push({ source, nama, reason: error instanceof Error ? error.message : String(error) });
      continue;
    }
    const sopId = simulatedSopId(tenant, content);
    if (seen.has(sopId)) {
      skipped.push({ source, nama, reason: `same number as another SOP of the book (${content.identity.nomor})` });
      continue;
    }
    seen.add(sopId);
    const effectiveFrom = content.identity.tanggalEfektif ?? content.identity.tanggalPembuatan ?? fallbackEffective;
    sops.push({ tenant, sopId, version: 1, content, effectiveFrom, source });
  }
  return { sops, skipped };
}

/** Reads the seed files of each dinas from `dir` and imports them. */
export function readSeedSops(dir: string, dinas: readonly SimulationDinas[], fallbackEffective: IsoDate): { sops: SimulatedSop[]; skipped: SkippedSop[] } {
  const files = readdirSync(dir).sort();
  const sops: SimulatedSop[] = [];
  const skipped: SkippedSop[] = [];
  for (const d of dinas) {
    for (const file of files.filter((f) => d.seedFiles.test(f))) {
      const result = sopsFromSeed(readFileSync(join(dir, file), 'utf8'), d.tenant, file, fallbackEffective);
      sops.push(...result.sops);
      skipped.push(...result.skipped);
    }
  }
  return { sops, skipped };
}

/** The seeds folder: `JEJAK_SEEDS_DIR`, else the repository's `docs/seeds`. Null when none exists. */
export function findSeedsDir(root: string): string | null {
  const env = process.env.JEJAK_SEEDS_DIR;
  if (env) return existsSync(env) ? resolve(env) : null;
  for (const candidate of [join(root, 'docs', 'seeds')]) {
    if (existsSync(candidate)) return resolve(candidate);
  }
  return null;
}
