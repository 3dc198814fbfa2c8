import { Injectable } from '@nestjs/common';
import type { CaseOpenedV1 } from '@jejak/contracts';
import type { Sql } from '@jejak/postgres';
import { DinasCalendarReader } from '../calendars/dinas-calendar.reader';
import { localDateOf } from '../calendars/local-date';
import type { PinnedSop } from '../domain';
import { namaKey } from '../sop-registry/sop-keys';
import { versionEffectiveOn } from '../sop-registry/sop-versions';
import { SopVersionsReader } from '../sop-registry/sop-versions.reader';
import type { CaseFactsStore } from './case-facts.store';

export type SopResolution =
  | { kind: 'resolved'; sop: PinnedSop; procedureIndex: number | null }
  /** Not known yet: the case waits for the catalogue's facts. */
  | { kind: 'parked'; reason: string }
  /** Never resolvable as stated. */
  | { kind: 'rejected'; code: string; message: string };

/**
 * Finds the SOP version a case opened by another service runs: by catalogue id, else by number, else by name within
 * the dinas; the version in force on the dinas's local date of the opening.
 */
@Injectable()
export class CaseSopResolver {
  constructor(
    private readonly sops: SopVersionsReader,
    private readonly calendars: DinasCalendarReader,
  ) {}

  async resolve(client: Sql, tables: CaseFactsStore, tenant: string, opened: CaseOpenedV1): Promise<SopResolution> {
    let sopId = opened.sop.sopId;
    if (!sopId) {
      if (!opened.sop.nomor && !opened.sop.nama) return { kind: 'rejected', code: 'SOP_REFERENCE_MISSING', message: 'the case names no SOP (sopId, nomor or nama)' };
      const found = await tables.findSops(client, tenant, opened.sop);
      if (found.length > 1) return { kind: 'rejected', code: 'SOP_AMBIGUOUS', message: `several SOPs of dinas ${tenant} match ${opened.sop.nomor ?? opened.sop.nama}` };
      if (found.length === 0) return { kind: 'parked', reason: `SOP ${opened.sop.nomor ?? opened.sop.nama} of dinas ${tenant} is not known yet` };
      sopId = found[0];
    }
    const known = await this.sops.load(sopId);
    if (!known) return { kind: 'parked', reason: `SOP ${sopId} is not known yet` };
    const { calendar } = await this.calendars.current(tenant);
    const date = localDateOf(opened.at, calendar);
    const version = versionEffectiveOn(known, date);
    if (!version) return { kind: 'parked', reason: `SOP ${sopId} has no version in force on ${date}` };
    let procedureIndex: number | null = null;
    if (opened.sop.procedure) {
      procedureIndex = version.content.procedures.findIndex((p) => namaKey(p.name) === namaKey(opened.sop.procedure ?? ''));
      if (procedureIndex < 0) return { kind: 'rejected', code: 'PROCEDURE_UNKNOWN', message: `SOP ${sopId} has no procedure "${opened.sop.procedure}"` };
    }
    return { kind: 'resolved', sop: { sopId, version: version.version, content: version.content }, procedureIndex };
  }
}
