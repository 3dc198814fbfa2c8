import { integrationEventId } from './integration-event-id';

describe('integrationEventId', () => {
  const domainEventId = '0b9f3c55-3a8e-4c1e-9d0e-6f1a2b3c4d5e';

  it('is a UUID v5, the same for the same domain event and type', () => {
    const id = integrationEventId(domainEventId, 'jejak.sop.published.v1');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(integrationEventId(domainEventId, 'jejak.sop.published.v1')).toBe(id);
  });

  it('differs by integration type and by domain event', () => {
    const id = integrationEventId(domainEventId, 'jejak.sop.published.v1');
    expect(integrationEventId(domainEventId, 'jejak.sop.retired.v1')).not.toBe(id);
    expect(integrationEventId('1b9f3c55-3a8e-4c1e-9d0e-6f1a2b3c4d5e', 'jejak.sop.published.v1')).not.toBe(id);
  });
});
