import { givenProgramme as given, PROGRAMME_ID, programmeEvents } from '../testing/programme.fixtures';
import { programmeEventTypes } from './programme.events';
import type { DefinedProgramme } from './programme.state';

const define = (over: Record<string, unknown> = {}) => ({
  type: 'DefineProgramme' as const,
  id: PROGRAMME_ID,
  tenant: '35.01',
  code: ' DB-2025 ',
  name: 'Dana Bergulir 2025 ',
  effectiveFrom: '2025-01-01',
  terms: { sourceOfFunds: ' APBD Kabupaten Pacitan ', ceiling: 2_000_000_000 },
  at: '2025-01-02T01:00:00.000Z',
  ...over,
});

describe('programme decider', () => {
  it('defines version 1 with trimmed texts', () => {
    given([]).when(define()).then([programmeEvents.defined()]);
  });

  it('refuses an existing id', () => {
    given([programmeEvents.defined()]).when(define()).thenRefuses({ kind: 'illegal_state', code: 'PROGRAMME_ALREADY_EXISTS' });
  });

  it.each([
    ['code', { code: '' }],
    ['name', { name: ' ' }],
    ['effectiveFrom', { effectiveFrom: '01-01-2025' }],
    ['terms.sourceOfFunds', { terms: { sourceOfFunds: ' ', ceiling: 1 } }],
    ['terms.ceiling', { terms: { sourceOfFunds: 'APBD', ceiling: 0 } }],
    ['terms.ceiling', { terms: { sourceOfFunds: 'APBD', ceiling: 1.5 } }],
  ])('refuses a wrong %s, naming it', (field, over) => {
    given([]).when(define(over)).thenRefuses({ kind: 'validation', code: 'PROGRAMME_INVALID', field });
  });

  it('adds a later version (a new ceiling); a date not later, or an unknown programme, is refused', () => {
    const add = (effectiveFrom: string) => ({ type: 'AddProgrammeVersion' as const, effectiveFrom, terms: { sourceOfFunds: 'APBD Kabupaten Pacitan', ceiling: 2_500_000_000 }, at: '2025-06-02T01:00:00.000Z' });
    given([programmeEvents.defined()]).when(add('2025-07-01')).then([programmeEvents.versionAdded(2, '2025-07-01', 2_500_000_000)]);
    given([programmeEvents.defined()]).when(add('2024-12-31')).thenRefuses({ kind: 'validation', code: 'PROGRAMME_VERSION_NOT_LATER', field: 'effectiveFrom' });
    given([]).when(add('2025-07-01')).thenRefuses({ kind: 'not_found', code: 'PROGRAMME_NOT_FOUND' });
    const state = given([programmeEvents.defined(), programmeEvents.versionAdded(2, '2025-07-01', 2_500_000_000)]).state as DefinedProgramme;
    expect(state.versions.map((v) => [v.version, v.terms.ceiling])).toEqual([[1, 2_000_000_000], [2, 2_500_000_000]]);
  });

  it('knows its event types', () => {
    expect(programmeEventTypes.names().sort()).toEqual(['ProgrammeDefined', 'ProgrammeVersionAdded']);
  });
});
