import { runWithCorrelationId } from '../observability/correlation.context';
import type { AuthenticatedUser } from './authenticated-user';
import { actorFrom, eventMetadata } from './event-identity';
import { Role } from './role';

const kabid: AuthenticatedUser = { userId: 'u-9', nip: '1', name: 'Agus Setiawan', roles: [Role.STAF, Role.KEPALA_BIDANG], tenant: '35.01' };

describe('identity in events', () => {
  it('records the primary role as the actor', () => {
    expect(actorFrom(kabid)).toEqual({ userId: 'u-9', role: 'KEPALA_BIDANG', name: 'Agus Setiawan' });
  });

  it('refuses a user without a known role', () => {
    expect(() => actorFrom({ ...kabid, roles: [] })).toThrow(expect.objectContaining({ kind: 'forbidden', code: 'NO_ROLE' }));
  });

  it('takes tenant and actor from the user and the given correlation and causation ids', () => {
    expect(eventMetadata(kabid, 'corr-1', 'cause-1')).toEqual({
      tenant: '35.01',
      actor: { userId: 'u-9', role: 'KEPALA_BIDANG', name: 'Agus Setiawan' },
      correlationId: 'corr-1',
      causationId: 'cause-1',
    });
  });

  it("falls back to the current request's correlation id, then to a new one", () => {
    expect(runWithCorrelationId('from-request', () => eventMetadata(kabid).correlationId)).toBe('from-request');
    const a = eventMetadata(kabid).correlationId;
    const b = eventMetadata(kabid).correlationId;
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
    expect(a).not.toBe(b);
  });
});
