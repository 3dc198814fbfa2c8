import { permitApplicationEventTypes } from './permit-application.events';
import { AT, given, ID, LATER, TENANT, permitApplicationEvents } from '../testing/permit-application.fixtures';

describe('permit-application decider', () => {
  describe('creating', () => {
    it('creates an open permit-application with the trimmed title, the tenant and the time from the command', () => {
      given([])
        .when({ type: 'CreatePermitApplication', id: ID, tenant: TENANT, title: '  Contoh pertama ', at: AT })
        .then([{ type: 'PermitApplicationCreated', data: { id: ID, tenant: TENANT, title: 'Contoh pertama', at: AT } }]);
    });

    it('refuses an empty title, naming the field', () => {
      given([])
        .when({ type: 'CreatePermitApplication', id: ID, tenant: TENANT, title: '   ', at: AT })
        .thenRefuses({ kind: 'validation', code: 'PERMIT_APPLICATION_TITLE_REQUIRED', field: 'title' });
    });

    it('refuses to create an id that exists', () => {
      given([permitApplicationEvents.created()])
        .when({ type: 'CreatePermitApplication', id: ID, tenant: TENANT, title: 'Lagi', at: AT })
        .thenRefuses({ kind: 'illegal_state', code: 'PERMIT_APPLICATION_ALREADY_EXISTS' });
    });
  });

  describe('closing', () => {
    it('closes an open permit-application with a reason', () => {
      given([permitApplicationEvents.created()])
        .when({ type: 'ClosePermitApplication', reason: ' Selesai ', at: LATER })
        .then([{ type: 'PermitApplicationClosed', data: { reason: 'Selesai', at: LATER } }]);
    });

    it('refuses to close what does not exist, what is closed, or without a reason', () => {
      given([]).when({ type: 'ClosePermitApplication', reason: 'x', at: LATER }).thenRefuses({ kind: 'not_found', code: 'PERMIT_APPLICATION_NOT_FOUND' });
      given([permitApplicationEvents.created(), permitApplicationEvents.closed()])
        .when({ type: 'ClosePermitApplication', reason: 'lagi', at: LATER })
        .thenRefuses({ kind: 'illegal_state', code: 'PERMIT_APPLICATION_ALREADY_CLOSED' });
      given([permitApplicationEvents.created()]).when({ type: 'ClosePermitApplication', reason: ' ', at: LATER }).thenRefuses({ kind: 'validation', code: 'PERMIT_APPLICATION_REASON_REQUIRED', field: 'reason' });
    });

    it('folds to the closed stage with when and why', () => {
      expect(given([permitApplicationEvents.created(), permitApplicationEvents.closed('Dibatalkan')]).state).toEqual({
        stage: 'closed', id: ID, tenant: TENANT, title: 'Contoh pertama', createdAt: AT, closedAt: LATER, reason: 'Dibatalkan',
      });
    });
  });

  describe('event types', () => {
    it('knows the current schema version of each event and refuses a stored type it does not know', () => {
      expect(permitApplicationEventTypes.names().sort()).toEqual(['PermitApplicationClosed', 'PermitApplicationCreated']);
      expect(permitApplicationEventTypes.versionOf('PermitApplicationCreated')).toBe(1);
      expect(permitApplicationEventTypes.read({ type: 'PermitApplicationClosed', schemaVersion: 1, data: { reason: 'x', at: LATER } })).toEqual(permitApplicationEvents.closed('x'));
      expect(() => permitApplicationEventTypes.read({ type: 'PermitApplicationRenamed', schemaVersion: 1, data: {} })).toThrow();
    });
  });
});
