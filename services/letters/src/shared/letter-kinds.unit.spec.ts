import { UnknownEventTypeError, UnsupportedEventVersionError } from '@jejak/domain-kit';
import { numberSequenceEventTypes, suratKeluarEventTypes, suratMasukEventTypes } from '../domain';
import { LETTER_FLOW_EVENT_TYPES, letterFlowEventTypes } from '../flow/letter-flow.events';
import { SURAT_KELUAR, SURAT_MASUK } from './letter-kinds';

const stored = (type: string, schemaVersion: number) => ({ type, schemaVersion, data: {}, id: 'e-1', stream: 'surat-masuk-1' });

describe('letters event types', () => {
  it('registers each aggregate and the flow facts at version 1', () => {
    for (const registry of [suratMasukEventTypes, suratKeluarEventTypes, numberSequenceEventTypes, letterFlowEventTypes]) {
      expect(registry.names().map((t) => registry.versionOf(t))).toEqual(registry.names().map(() => 1));
    }
    expect(letterFlowEventTypes.names()).toEqual([...LETTER_FLOW_EVENT_TYPES]);
  });

  it("a letter stream's registry holds the letter's types and the flow facts', and nothing else", () => {
    expect(SURAT_MASUK.events.names()).toEqual([...suratMasukEventTypes.names(), ...LETTER_FLOW_EVENT_TYPES]);
    expect(SURAT_KELUAR.events.names()).toEqual([...suratKeluarEventTypes.names(), ...LETTER_FLOW_EVENT_TYPES]);
    expect(() => SURAT_MASUK.events.read(stored('LetterSigned', 1))).toThrow(UnknownEventTypeError);
    expect(() => SURAT_MASUK.events.read(stored('SuratMasukRegistered', 2))).toThrow(UnsupportedEventVersionError);
    expect(SURAT_MASUK.events.read(stored('SopCaseFactRecorded', 1)).type).toBe('SopCaseFactRecorded');
  });
});
