import { transportContract } from '../testing/transport.contract';
import { kafkaConfigFromEnv } from './kafka-config';
import { KafkaTransport } from './kafka-transport';

const brokers = process.env.KAFKA_BROKERS;
if (!brokers) {
  console.warn('KafkaTransport contract tests SKIPPED: KAFKA_BROKERS is not set (no Kafka broker on this machine).');
}

(brokers ? describe : describe.skip)('KafkaTransport (real Kafka broker)', () => {
  transportContract('KafkaTransport', () => {
    const config = kafkaConfigFromEnv();
    return new KafkaTransport({
      ...config,
      clientId: `${config.clientId}-contract`,
      drainPollMs: 100,
      onError: (error, context) => {
        if (!context.startsWith('handler')) console.error(`[kafka] ${context}: ${error.message}`);
      },
    });
  });
});
