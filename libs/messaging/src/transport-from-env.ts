import type { Pool } from 'pg';
import type { EventTransport } from './transport.port';
import { kafkaConfigFromEnv } from './kafka/kafka-config';
import { KafkaTransport, KafkaTransportOptions } from './kafka/kafka-transport';
import { PostgresTransport, PostgresTransportOptions } from './postgres/postgres-transport';

export interface TransportFromEnvOptions {
  /** Used by the PostgreSQL transport (the default when KAFKA_BROKERS is not set). */
  pool: Pool;
  env?: NodeJS.ProcessEnv;
  postgres?: Omit<PostgresTransportOptions, 'pool'>;
  kafka?: Partial<KafkaTransportOptions>;
}

/** Kafka when `KAFKA_BROKERS` is set, else the PostgreSQL log (single-machine default). */
export function transportFromEnv(options: TransportFromEnvOptions): EventTransport {
  const env = options.env ?? process.env;
  if (env.KAFKA_BROKERS?.trim()) return new KafkaTransport({ ...kafkaConfigFromEnv(env), ...options.kafka });
  return new PostgresTransport({ ...options.postgres, pool: options.pool });
}
