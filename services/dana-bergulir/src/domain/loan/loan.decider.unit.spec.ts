import { loanEventTypes } from './loan.events';
import { AT, given, ID, LATER, TENANT, loanEvents } from '../testing/loan.fixtures';

describe('loan decider', () => {
  describe('creating', () => {
    it('creates an open loan with the trimmed title, the tenant and the time from the command', () => {
      given([])
        .when({ type: 'CreateLoan', id: ID, tenant: TENANT, title: '  Contoh pertama ', at: AT })
        .then([{ type: 'LoanCreated', data: { id: ID, tenant: TENANT, title: 'Contoh pertama', at: AT } }]);
    });

    it('refuses an empty title, naming the field', () => {
      given([])
        .when({ type: 'CreateLoan', id: ID, tenant: TENANT, title: '   ', at: AT })
        .thenRefuses({ kind: 'validation', code: 'LOAN_TITLE_REQUIRED', field: 'title' });
    });

    it('refuses to create an id that exists', () => {
      given([loanEvents.created()])
        .when({ type: 'CreateLoan', id: ID, tenant: TENANT, title: 'Lagi', at: AT })
        .thenRefuses({ kind: 'illegal_state', code: 'LOAN_ALREADY_EXISTS' });
    });
  });

  describe('closing', () => {
    it('closes an open loan with a reason', () => {
      given([loanEvents.created()])
        .when({ type: 'CloseLoan', reason: ' Selesai ', at: LATER })
        .then([{ type: 'LoanClosed', data: { reason: 'Selesai', at: LATER } }]);
    });

    it('refuses to close what does not exist, what is closed, or without a reason', () => {
      given([]).when({ type: 'CloseLoan', reason: 'x', at: LATER }).thenRefuses({ kind: 'not_found', code: 'LOAN_NOT_FOUND' });
      given([loanEvents.created(), loanEvents.closed()])
        .when({ type: 'CloseLoan', reason: 'lagi', at: LATER })
        .thenRefuses({ kind: 'illegal_state', code: 'LOAN_ALREADY_CLOSED' });
      given([loanEvents.created()]).when({ type: 'CloseLoan', reason: ' ', at: LATER }).thenRefuses({ kind: 'validation', code: 'LOAN_REASON_REQUIRED', field: 'reason' });
    });

    it('folds to the closed stage with when and why', () => {
      expect(given([loanEvents.created(), loanEvents.closed('Dibatalkan')]).state).toEqual({
        stage: 'closed', id: ID, tenant: TENANT, title: 'Contoh pertama', createdAt: AT, closedAt: LATER, reason: 'Dibatalkan',
      });
    });
  });

  describe('event types', () => {
    it('knows the current schema version of each event and refuses a stored type it does not know', () => {
      expect(loanEventTypes.names().sort()).toEqual(['LoanClosed', 'LoanCreated']);
      expect(loanEventTypes.versionOf('LoanCreated')).toBe(1);
      expect(loanEventTypes.read({ type: 'LoanClosed', schemaVersion: 1, data: { reason: 'x', at: LATER } })).toEqual(loanEvents.closed('x'));
      expect(() => loanEventTypes.read({ type: 'LoanRenamed', schemaVersion: 1, data: {} })).toThrow();
    });
  });
});
