'use strict';
// A consumer process on Kafka (KAFKA_BROKERS) whose handler applies each message once through the
// idempotent inbox (`handleOnce`: message id and read-model row in one PostgreSQL transaction).
// It prints `handled <event id> attempt=<n> applied=<true|false>` after the handler's transaction.
// Mode `hang`: the handler then never returns, so the transport never commits the offset — the
// parent kills the process there (kill -9 between the handler's commit and the offset commit).
// Mode `run`: handlers return normally; SIGTERM stops the consumer cleanly and exits 0.
// Usage: node kafka-crash-consumer.js <database url> <schema> <topic> <group> <hang|run>
require('reflect-metadata'); // the contracts' class-validator decorators need it, as in every service
require('./ts-require-hook');
const { createPool } = require('@jejak/postgres');
const { handleOnce } = require('@jejak/messaging');
const { testKafkaTransport } = require('./kafka-test-support');

async function main() {
  const [url, schema, topic, group, mode] = process.argv.slice(2);
  if (!url || !schema || !topic || !group || !['hang', 'run'].includes(mode)) {
    throw new Error('usage: kafka-crash-consumer.js <url> <schema> <topic> <group> <hang|run>');
  }
  const pool = createPool(url, { max: 2 });
  const transport = testKafkaTransport(`crash-${mode}`);
  const consumer = await transport.subscribe({
    group,
    topics: [topic],
    handle: async (event, delivery) => {
      const applied = await handleOnce(pool, { consumer: 'crash-test.sops', schema }, event, async (client) => {
        await client.query(`INSERT INTO ${schema}.applied (message_id, sop_id) VALUES ($1, $2)`, [event.id, event.partitionkey]);
      });
      process.stdout.write(`handled ${event.id} attempt=${delivery.attempt} applied=${applied}\n`);
      if (mode === 'hang') await new Promise(() => undefined);
    },
  });
  process.stdout.write('subscribed\n');
  process.once('SIGTERM', () => {
    consumer
      .stop()
      .then(() => transport.close())
      .then(() => pool.end())
      .then(() => process.exit(0), (error) => {
        process.stderr.write(`${error.stack || error}\n`);
        process.exit(1);
      });
  });
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
