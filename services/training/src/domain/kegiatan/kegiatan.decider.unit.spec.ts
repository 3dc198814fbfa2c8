import { kegiatanEventTypes } from './kegiatan.events';
import { AT, given, ID, LATER, TENANT, kegiatanEvents } from '../testing/kegiatan.fixtures';

describe('kegiatan decider', () => {
  describe('creating', () => {
    it('creates an open kegiatan with the trimmed title, the tenant and the time from the command', () => {
      given([])
        .when({ type: 'CreateKegiatan', id: ID, tenant: TENANT, title: '  Contoh pertama ', at: AT })
        .then([{ type: 'KegiatanCreated', data: { id: ID, tenant: TENANT, title: 'Contoh pertama', at: AT } }]);
    });

    it('refuses an empty title, naming the field', () => {
      given([])
        .when({ type: 'CreateKegiatan', id: ID, tenant: TENANT, title: '   ', at: AT })
        .thenRefuses({ kind: 'validation', code: 'KEGIATAN_TITLE_REQUIRED', field: 'title' });
    });

    it('refuses to create an id that exists', () => {
      given([kegiatanEvents.created()])
        .when({ type: 'CreateKegiatan', id: ID, tenant: TENANT, title: 'Lagi', at: AT })
        .thenRefuses({ kind: 'illegal_state', code: 'KEGIATAN_ALREADY_EXISTS' });
    });
  });

  describe('closing', () => {
    it('closes an open kegiatan with a reason', () => {
      given([kegiatanEvents.created()])
        .when({ type: 'CloseKegiatan', reason: ' Selesai ', at: LATER })
        .then([{ type: 'KegiatanClosed', data: { reason: 'Selesai', at: LATER } }]);
    });

    it('refuses to close what does not exist, what is closed, or without a reason', () => {
      given([]).when({ type: 'CloseKegiatan', reason: 'x', at: LATER }).thenRefuses({ kind: 'not_found', code: 'KEGIATAN_NOT_FOUND' });
      given([kegiatanEvents.created(), kegiatanEvents.closed()])
        .when({ type: 'CloseKegiatan', reason: 'lagi', at: LATER })
        .thenRefuses({ kind: 'illegal_state', code: 'KEGIATAN_ALREADY_CLOSED' });
      given([kegiatanEvents.created()]).when({ type: 'CloseKegiatan', reason: ' ', at: LATER }).thenRefuses({ kind: 'validation', code: 'KEGIATAN_REASON_REQUIRED', field: 'reason' });
    });

    it('folds to the closed stage with when and why', () => {
      expect(given([kegiatanEvents.created(), kegiatanEvents.closed('Dibatalkan')]).state).toEqual({
        stage: 'closed', id: ID, tenant: TENANT, title: 'Contoh pertama', createdAt: AT, closedAt: LATER, reason: 'Dibatalkan',
      });
    });
  });

  describe('event types', () => {
    it('knows the current schema version of each event and refuses a stored type it does not know', () => {
      expect(kegiatanEventTypes.names().sort()).toEqual(['KegiatanClosed', 'KegiatanCreated']);
      expect(kegiatanEventTypes.versionOf('KegiatanCreated')).toBe(1);
      expect(kegiatanEventTypes.read({ type: 'KegiatanClosed', schemaVersion: 1, data: { reason: 'x', at: LATER } })).toEqual(kegiatanEvents.closed('x'));
      expect(() => kegiatanEventTypes.read({ type: 'KegiatanRenamed', schemaVersion: 1, data: {} })).toThrow();
    });
  });
});
