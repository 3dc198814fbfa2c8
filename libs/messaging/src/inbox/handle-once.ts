import type { IntegrationEvent } from '@jejak/contracts';
import { ident, withTransaction } from '@jejak/postgres';
import type { Pool, PoolClient } from 'pg';
import { ensureInboxSchema } from './inbox-schema';

export interface InboxOptions {
  /** The consuming read model or process manager, e.g. `compliance.sop-projection`. */
  consumer: string;
  /** The service's schema that holds `inbox_processed` (and usually the read model). */
  schema: string;
}

/**
 * Idempotent consumer: in ONE transaction, records the message id in `<schema>.inbox_processed`
 * and runs `work` (the read-model update). A message already recorded is skipped. A concurrent
 * duplicate waits on the first one's row lock and is skipped once it commits; if `work` fails,
 * nothing is recorded and a redelivery runs it again.
 *
 * Returns true when `work` ran, false for a duplicate.
 */
export async function handleOnce(
  pool: Pool,
  options: InboxOptions,
  event: Pick<IntegrationEvent, 'id'>,
  work: (client: PoolClient) => Promise<void>,
): Promise<boolean> {
  if (typeof event.id !== 'string' || event.id === '') throw new TypeError('a message needs an id to be handled once');
  await ensureInboxSchema(pool, options.schema);
  return withTransaction(pool, async (client) => {
    const { rowCount } = await client.query(
      `INSERT INTO ${ident(options.schema)}.inbox_processed (consumer, message_id) VALUES ($1, $2) ON CONFLICT (consumer, message_id) DO NOTHING`,
      [options.consumer, event.id],
    );
    if (rowCount === 0) return false;
    await work(client);
    return true;
  });
}
