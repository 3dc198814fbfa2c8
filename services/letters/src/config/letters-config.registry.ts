import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, ID_GENERATOR, validationError, type Clock, type IdGenerator } from '@jejak/domain-kit';
import {
  numberSequenceDecider,
  suratKeluarDecider,
  suratMasukDecider,
  validateLettersConfig,
  type LettersConfig,
  type SuratKeluarDecider,
  type SuratMasukDecider,
} from '../domain';
import type { LetterFlow } from '../flow/letter-flow.config';
import { validateLetterFlows } from '../flow/letter-flow.validator';
import { LETTERS_SERVICE_CONFIG, type LettersServiceConfig } from './letters-service.config';

export interface TenantLetters {
  config: LettersConfig;
  masuk: SuratMasukDecider;
  keluar: SuratKeluarDecider;
  sequence: ReturnType<typeof numberSequenceDecider>;
}

/** Each dinas's configuration and the deciders built on it (validated at start-up, built once per dinas). */
@Injectable()
export class LettersConfigRegistry {
  private readonly byTenant = new Map<string, TenantLetters>();

  constructor(
    @Inject(LETTERS_SERVICE_CONFIG) private readonly service: LettersServiceConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {
    validateLettersConfig(service.defaults);
    Object.values(service.dinas).forEach(validateLettersConfig);
    validateLetterFlows(service.flows);
  }

  forTenant(tenant: string): TenantLetters {
    let found = this.byTenant.get(tenant);
    if (found === undefined) {
      const config = this.service.dinas[tenant] ?? this.service.defaults;
      const deps = { clock: this.clock, ids: this.ids, config };
      found = { config, masuk: suratMasukDecider(deps), keluar: suratKeluarDecider(deps), sequence: numberSequenceDecider(deps) };
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
