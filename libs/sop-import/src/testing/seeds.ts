import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root (this file is libs/sop-import/src/testing/seeds.ts). */
const repoRoot = resolve(__dirname, '../../../..');

/** The real SOP documents: `docs/seeds` in the repository, or `JEJAK_SEEDS_DIR`. */
export function seedsDir(): string {
  return process.env.JEJAK_SEEDS_DIR ?? resolve(repoRoot, 'docs/seeds');
}

export const SEEDS = {
  jatimPerlindungan: 'jatim-sop-penguatan-perlindungan-usaha-kukm.txt',
  jatimLayananInformasi: 'jatim-sop-layanan-informasi-dokumentasi.txt',
  kalbarPlut: 'kalbar-sop-peningkatan-pelayanan-plut.txt',
  pacitanBook: 'pacitan-sop-dinkop-um-perindustrian-2023.txt',
} as const;

export function seedPath(name: string): string {
  return join(seedsDir(), name);
}

export function readSeed(name: string): string {
  return readFileSync(seedPath(name), 'utf8');
}
