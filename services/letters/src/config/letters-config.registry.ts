import { Inject, Injectable } from '@nestjs/common';
import { validationError } from '@jejak/domain-kit';
import {
  numberSequenceAggregate,
  suratKeluarAggregate,
  suratMasukAggregate,
  validateLettersConfig,
  type LettersConfig,
  type NumberSequenceAggregateType,
  type SuratKeluarCommand,
  type SuratKeluarEvent,
  type SuratKeluarState,
  type SuratMasukCommand,
  type SuratMasukEvent,
  type SuratMasukState,
} from '../domain';
import type { LetterFlow } from '../flow/letter-flow.config';
import { validateLetterFlows } from '../flow/letter-flow.validator';
import { SURAT_KELUAR, SURAT_MASUK } from '../shared/letter-kinds';
import { letterStreamAggregate, type LetterStreamAggregate } from '../shared/letter-stream.aggregate';
import { localisedAggregate } from '../shared/letters-error.messages';
import { LETTERS_SERVICE_CONFIG, type LettersServiceConfig } from './letters-service.config';

export interface TenantLetters {
  config: LettersConfig;
  /** The aggregates the command pipeline runs, in this dinas's configuration. */
  masuk: LetterStreamAggregate<SuratMasukCommand, SuratMasukEvent, SuratMasukState>;
  keluar: LetterStreamAggregate<SuratKeluarCommand, SuratKeluarEvent, SuratKeluarState>;
  sequence: NumberSequenceAggregateType;
}

/** Each dinas's configuration and the aggregates built on it (validated at start-up, built once per dinas). */
@Injectable()
export class LettersConfigRegistry {
  private readonly byTenant = new Map<string, TenantLetters>();

  constructor(@Inject(LETTERS_SERVICE_CONFIG) private readonly service: LettersServiceConfig) {
    validateLettersConfig(service.defaults);
    Object.values(service.dinas).forEach(validateLettersConfig);
    validateLetterFlows(service.flows);
  }

  forTenant(tenant: string): TenantLetters {
    let found = this.byTenant.get(tenant);
    if (found === undefined) {
      const config = this.service.dinas[tenant] ?? this.service.defaults;
      const deps = { config };
      found = {
        config,
        masuk: letterStreamAggregate(suratMasukAggregate(deps), SURAT_MASUK.events),
        keluar: letterStreamAggregate(suratKeluarAggregate(deps), SURAT_KELUAR.events),
        sequence: localisedAggregate(numberSequenceAggregate(deps)),
      };
      this.byTenant.set(tenant, found);
    }
    return found;
  }

  config(tenant: string): LettersConfig {
    return this.forTenant(tenant).config;
  }

  flows(tenant: string): readonly LetterFlow[] {
    return this.service.flows.filter((flow) => flow.tenant === tenant);
  }

  /** A flow of the dinas by key; a 400 naming `field` when the dinas has no such flow. */
  flow(tenant: string, key: string, field = 'sopCase.flow'): LetterFlow {
    const flow = this.flows(tenant).find((f) => f.key === key);
    if (flow === undefined) {
      const known = this.flows(tenant).map((f) => f.key);
      throw validationError('LETTER_FLOW_UNKNOWN', `Alur surat "${key}" tidak dikenal di dinas ini.`, [
        { field, message: known.length > 0 ? `pilih salah satu: ${known.join(', ')}` : 'dinas ini belum memiliki alur surat' },
      ]);
    }
    return flow;
  }

  /** The flow an incoming letter of this klasifikasi opens on its own, if any. */
  flowOpenedBy(tenant: string, klasifikasi: string): LetterFlow | null {
    const under = (code: string) => klasifikasi === code || klasifikasi.startsWith(`${code}.`);
    return this.flows(tenant).find((flow) => flow.opensOn.klasifikasi.some(under)) ?? null;
  }
}
