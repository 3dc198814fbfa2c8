import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SopContent } from '@jejak/contracts';
import { importSopBook } from '@jejak/sop-import';

/** The seed SOP documents: `<repo>/docs/seeds`, or JEJAK_SEEDS_DIR. */
export const seedsDir = (): string => process.env.JEJAK_SEEDS_DIR ?? resolve(__dirname, '../../../..', 'docs/seeds');

/**
 * What the dinas's SOP administrator completes before the catalogue lets the imported SOP take effect: the seed lost
 * its flowchart drawings, so the pelaksana of most steps and where each correction's "Tidak" goes back to are not in
 * the text. They are read from the kegiatan ("Kasi meminta fungsional umum ...", "... diserahkan kepada Sekretaris",
 * "jika ada kesalahan dikembalikan"): the Tidak of a correction goes back to the step that produced the document.
 * Only what the importer left empty is filled.
 */
const PELAKSANA: Record<number, string[]> = {
  1: ['Kepala Bidang'], 2: ['Kasubid'], 3: ['Fungsional Umum'], 4: ['Kasubid'], 5: ['Kepala Bidang'], 6: ['Sekretaris'], 7: ['Kepala Dinas'],
  8: ['Kepala Bidang'], 11: ['Kasubid'], 12: ['Kepala Bidang'], 16: ['Kasubid'], 18: ['Kasubid'], 19: ['Kepala Bidang'], 20: ['Kasubid'],
  21: ['Pendamping PLUT'], 22: ['Kepala Bidang'], 23: ['Kepala Dinas'],
};
const TIDAK: Record<number, number> = { 4: 3, 5: 4, 7: 5, 11: 10, 12: 11, 14: 12, 22: 20, 23: 22 };

/** Kalimantan Barat's "Peningkatan Pelayanan PLUT" imported from the seed with the SOP book importer, then completed. */
export function kalbarPlutFromSeed(): SopContent {
  const report = importSopBook(readFileSync(join(seedsDir(), 'kalbar-sop-peningkatan-pelayanan-plut.txt'), 'utf8'), { dinas: '61' });
  if (report.sops.length !== 1) throw new Error(`the PLUT seed should hold one SOP, the importer read ${report.sops.length}`);
  const content = structuredClone(report.sops[0].content);
  for (const step of content.procedures[0].steps) {
    if (step.pelaksana.length === 0 && PELAKSANA[step.no]) step.pelaksana = [...PELAKSANA[step.no]];
    if (step.decision && step.decision.tidak === null && TIDAK[step.no]) step.decision = { ...step.decision, tidak: TIDAK[step.no] };
  }
  return content;
}
