import { UnknownEventTypeError, UnsupportedEventVersionError } from './event-type-errors';
import { EventTypeRegistry, type StoredEvent } from './event-types';

/** v1 stored `nama` as one string; v2 split it; v3 added `unit` (unknown for old events). */
interface SopDraftedV1 { judul: string; nama: string }
interface SopDraftedV2 { judul: string; pembuat: { nama: string; nip: string | null } }
interface SopDraftedV3 extends SopDraftedV2 { unit: string | null }

type SopEvent = { type: 'SopDrafted'; data: SopDraftedV3 } | { type: 'SopApproved'; data: { by: string } } | { type: 'SopRetired'; data: { reason: string } };

const registry = () =>
  new EventTypeRegistry<SopEvent>('SOP')
    .register('SopDrafted', {
      version: 3,
      upcasters: {
        1: (v1: SopDraftedV1): SopDraftedV2 => ({ judul: v1.judul, pembuat: { nama: v1.nama, nip: null } }),
        2: (v2: SopDraftedV2): SopDraftedV3 => ({ ...v2, unit: null }),
      },
    })
    .register('SopApproved')
    .register('SopRetired', { version: 2, since: 2 });

const stored = (type: string, schemaVersion: number, data: unknown): StoredEvent => ({ type, schemaVersion, data, id: 'e-7', stream: 'sop-1' });

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('EventTypeRegistry', () => {
  it('upcasts an event of an old shape step by step to the current version', () => {
    expect(registry().read(stored('SopDrafted', 1, { judul: 'SOP Pelayanan', nama: 'Sri Wahyuni' }))).toEqual({
      type: 'SopDrafted',
      data: { judul: 'SOP Pelayanan', pembuat: { nama: 'Sri Wahyuni', nip: null }, unit: null },
    });
    expect(registry().read(stored('SopDrafted', 2, { judul: 'x', pembuat: { nama: 'Budi', nip: '1987' } }))).toEqual({
      type: 'SopDrafted',
      data: { judul: 'x', pembuat: { nama: 'Budi', nip: '1987' }, unit: null },
    });
  });

  it('reads the current version unchanged', () => {
    const data = { judul: 'x', pembuat: { nama: 'Budi', nip: null }, unit: 'Bidang UMKM' };
    expect(registry().read(stored('SopDrafted', 3, data))).toEqual({ type: 'SopDrafted', data });
    expect(registry().read(stored('SopApproved', 1, { by: 'kadis' }))).toEqual({ type: 'SopApproved', data: { by: 'kadis' } });
  });

  it('gives the current version for writing, and refuses to write an unregistered type', () => {
    const types = registry();
    expect([types.versionOf('SopDrafted'), types.versionOf('SopApproved'), types.versionOf('SopRetired')]).toEqual([3, 1, 2]);
    expect(() => types.versionOf('SopLost', { stream: 'sop-1' })).toThrow(UnknownEventTypeError);
    expect(types.names()).toEqual(['SopDrafted', 'SopApproved', 'SopRetired']);
  });

  it('throws UnknownEventTypeError naming the type, version, stream and event id instead of casting', () => {
    const read = () => registry().read(stored('SopArchived', 4, {}));
    expect(read).toThrow(UnknownEventTypeError);
    expect(read).toThrow('stream sop-1, event e-7: unknown event type SopArchived (schema version 4) for SOP');
    expect(caught(read)).toMatchObject({ code: 'UNKNOWN_EVENT_TYPE', type: 'SopArchived', version: 4, stream: 'sop-1', eventId: 'e-7' });
  });

  it('throws UnsupportedEventVersionError for a version newer than known or with no upcaster path', () => {
    const types = registry();
    const newer = () => types.read(stored('SopDrafted', 4, {}));
    expect(newer).toThrow(UnsupportedEventVersionError);
    expect(newer).toThrow('stream sop-1, event e-7: event type SopDrafted in schema version 4, newer than the current version 3');
    expect(() => types.read(stored('SopRetired', 1, {}))).toThrow('SopRetired in schema version 1, with no upcaster path to the current version 2');
    expect(() => types.read(stored('SopApproved', 0, {}))).toThrow(UnsupportedEventVersionError);
    expect(caught(newer)).toMatchObject({ code: 'UNSUPPORTED_EVENT_VERSION', type: 'SopDrafted', version: 4, currentVersion: 3, stream: 'sop-1', eventId: 'e-7' });
  });

  it('refuses a second registration of the same type', () => {
    expect(() => registry().register('SopApproved')).toThrow('event type SopApproved is already registered for SOP');
  });

  it('refuses registrations whose upcasters do not reach the current version', () => {
    const fresh = () => new EventTypeRegistry<SopEvent>();
    expect(() => fresh().register('SopDrafted', { version: 3, upcasters: { 1: (d) => d } })).toThrow('no upcaster from version 2 to 3');
    expect(() => fresh().register('SopDrafted', { version: 2, upcasters: { 1: (d) => d, 2: (d) => d } })).toThrow('outside 1..1');
    expect(() => fresh().register('SopDrafted', { version: 0 })).toThrow(RangeError);
    expect(() => fresh().register('SopDrafted', { version: 2, since: 3 })).toThrow(RangeError);
  });

  it('hands each upcaster the stored event, e.g. to fill a field from its metadata', () => {
    const types = new EventTypeRegistry<{ type: 'Seen'; data: { by: string; stream: string } }>().register('Seen', {
      version: 2,
      upcasters: { 1: (v1: { by: string }, event) => ({ ...v1, stream: event.stream }) },
    });
    expect(types.read(stored('Seen', 1, { by: 'ani' })).data).toEqual({ by: 'ani', stream: 'sop-1' });
  });
});
