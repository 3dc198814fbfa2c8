import { deciderSpec } from '@jejak/domain-kit/testing';
import { programmeDecider } from '../programme/programme.decider';
import type { ProgrammeEvent } from '../programme/programme.events';

export const { given: givenProgramme } = deciderSpec(programmeDecider);

export const PROGRAMME_ID = '00000000-0000-4000-8000-0000000000b1';

export const programmeEvents = {
  defined: (ceiling = 2_000_000_000): ProgrammeEvent => ({
    type: 'ProgrammeDefined',
    data: { id: PROGRAMME_ID, tenant: '35.01', code: 'DB-2025', name: 'Dana Bergulir 2025', version: 1, effectiveFrom: '2025-01-01', terms: { sourceOfFunds: 'APBD Kabupaten Pacitan', ceiling }, at: '2025-01-02T01:00:00.000Z' },
  }),
  versionAdded: (version: number, effectiveFrom: string, ceiling: number): ProgrammeEvent => ({
    type: 'ProgrammeVersionAdded',
    data: { version, effectiveFrom, terms: { sourceOfFunds: 'APBD Kabupaten Pacitan', ceiling }, at: '2025-06-02T01:00:00.000Z' },
  }),
};
