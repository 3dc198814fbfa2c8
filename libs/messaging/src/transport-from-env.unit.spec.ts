import { Pool } from 'pg';
import { KafkaTransport } from './kafka/kafka-transport';
import { PostgresTransport } from './postgres/postgres-transport';
import { transportFromEnv } from './transport-from-env';

describe('transportFromEnv', () => {
  // A pool that is never connected: choosing an adapter must not touch the database or a broker.
  const pool = new Pool({ connectionString: 'postgres://nobody@127.0.0.1:1/none' });
  afterAll(() => pool.end());

  it('uses the PostgreSQL log when KAFKA_BROKERS is not set', () => {
    const transport = transportFromEnv({ pool, env: {}, postgres: { schema: 'bus' } });
    expect(transport).toBeInstanceOf(PostgresTransport);
    expect((transport as PostgresTransport).schema).toBe('bus');
  });

  it('uses Kafka when KAFKA_BROKERS is set', () => {
    expect(transportFromEnv({ pool, env: { KAFKA_BROKERS: 'kafka:9092' } })).toBeInstanceOf(KafkaTransport);
    expect(transportFromEnv({ pool, env: { KAFKA_BROKERS: '  ' } })).toBeInstanceOf(PostgresTransport);
  });
});
