export interface KafkaEnvConfig {
  brokers: string[];
  clientId: string;
}

/** Reads `KAFKA_BROKERS` (comma-separated host:port list) and `KAFKA_CLIENT_ID` (default `jejak`). */
export function kafkaConfigFromEnv(env: NodeJS.ProcessEnv = process.env): KafkaEnvConfig {
  const brokers = (env.KAFKA_BROKERS ?? '')
    .split(',')
    .map((broker) => broker.trim())
    .filter((broker) => broker.length > 0);
  if (brokers.length === 0) throw new Error('KAFKA_BROKERS is not set (comma-separated host:port list)');
  return { brokers, clientId: env.KAFKA_CLIENT_ID?.trim() || 'jejak' };
}
