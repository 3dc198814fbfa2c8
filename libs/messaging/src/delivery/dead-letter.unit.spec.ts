import type { IntegrationEvent } from '@jejak/contracts';
import { PoisonMessageError } from '../transport.port';
import { deadLetterHeaders, readDeadLetter } from './dead-letter';

const event = { id: 'e-1' } as IntegrationEvent;

describe('dead-letter headers', () => {
  it('round-trip through readDeadLetter', () => {
    const headers = deadLetterHeaders({
      originalTopic: 'jejak.sop-catalogue.v1',
      originalPartition: 2,
      originalOffset: '41',
      group: 'compliance',
      error: new PoisonMessageError('data.nama: required'),
      attempts: 1,
    });
    expect(headers).toMatchObject({ 'dlq-error-name': 'PoisonMessageError', 'dlq-original-partition': '2', 'dlq-original-offset': '41' });
    expect(readDeadLetter(event, { topic: 'jejak.sop-catalogue.v1.dlq', partition: 0, offset: '7', attempt: 1, headers })).toEqual({
      topic: 'jejak.sop-catalogue.v1.dlq',
      originalTopic: 'jejak.sop-catalogue.v1',
      group: 'compliance',
      error: 'data.nama: required',
      attempts: 1,
      event,
    });
  });

  it('returns null for a message without dead-letter headers', () => {
    expect(readDeadLetter(event, { topic: 't', partition: 0, offset: '1', attempt: 1, headers: {} })).toBeNull();
    expect(readDeadLetter(event, { topic: 't', partition: 0, offset: '1', attempt: 1 })).toBeNull();
  });
});
