import type { EventStore, ParkedEvent, ParkingWorker, RecordedEvent, RetryParkedResult } from '@jejak/event-store';
import { OutboxRelay, type OutboxMapping } from '@jejak/messaging';
import { createPool } from '@jejak/postgres';
import { ProjectionRunner, type ProjectionDefinition } from '@jejak/projections';
import { DataSource } from 'typeorm';
import { createEventStore, createTransport } from './adapters';
import { loadServiceConfig, schemaFor } from './config';

export interface ParkedCliOptions {
  serviceName: string;
  projection: ProjectionDefinition;
  /** The service's outbox, as its workers configure it (the mapping may read the store). */
  outbox?: { streamPrefixes: string[]; map(store: EventStore): (event: RecordedEvent) => OutboxMapping | Promise<OutboxMapping> };
}

export const PARKED_CLI_USAGE = `usage: parked list [--worker projection|outbox] [--json]
       parked retry <event-id>|all [--worker projection|outbox] [--json]`;

interface ParsedArgs {
  command: 'list' | 'retry';
  target?: string;
  worker?: 'projection' | 'outbox';
  json: boolean;
}

function parseArgs(args: string[]): ParsedArgs {
  const rest = [...args];
  const json = rest.includes('--json');
  const workerAt = rest.indexOf('--worker');
  const named = workerAt >= 0 ? rest[workerAt + 1] : undefined;
  if (named !== undefined && named !== 'projection' && named !== 'outbox') throw new Error(`--worker must be projection or outbox\n${PARKED_CLI_USAGE}`);
  const worker = named as ParsedArgs['worker'];
  if (workerAt >= 0 && !worker) throw new Error(PARKED_CLI_USAGE);
  const positional = rest.filter((arg, i) => arg !== '--json' && (workerAt < 0 || (i !== workerAt && i !== workerAt + 1)));
  const [command, target] = positional;
  if (command === 'list' && positional.length === 1) return { command, worker, json };
  if (command === 'retry' && target && positional.length === 2) return { command, target, worker, json };
  throw new Error(PARKED_CLI_USAGE);
}

const line = (p: ParkedEvent): string =>
  `${p.worker}\t${p.eventId}\t${p.stream}#${p.revision}\t${p.eventType}\ttenant ${p.tenant}\tattempts ${p.attempts}\t${p.reason}`;

/**
 * `node services/<service>/dist/cli/parked.main.js list|retry …`: lists the events the service's
 * projection and outbox relay parked, or retries them (one event id: its whole parked stream, in
 * order; `all`: every parked stream) after a fix. Safe while the service runs: a retry takes the
 * worker's lock. Writes to `out`; resolves with the exit code (1 when a retried event failed again).
 */
export async function runParkedCli(
  options: ParkedCliOptions,
  args: string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env,
  out: { write(text: string): unknown } = process.stdout,
): Promise<number> {
  const parsed = parseArgs(args);
  const config = loadServiceConfig(options.serviceName, 0, { ...env, PORT: env.PORT ?? '0' });
  const pool = createPool(config.databaseUrl, { max: 4 });
  const store = await createEventStore(config, pool);
  const dataSource = await new DataSource({ type: 'postgres', url: config.databaseUrl, extra: { max: 2 } }).initialize();
  const transport = options.outbox && (parsed.worker ?? 'outbox') === 'outbox' && parsed.command === 'retry' ? await createTransport(config) : undefined;
  try {
    const workers: { key: 'projection' | 'outbox'; worker: ParkingWorker }[] = [];
    if ((parsed.worker ?? 'projection') === 'projection') {
      workers.push({ key: 'projection', worker: new ProjectionRunner({ store, dataSource, projection: options.projection }) });
    }
    if (options.outbox && (parsed.worker ?? 'outbox') === 'outbox') {
      const relay = new OutboxRelay({
        name: `${options.serviceName}.outbox`,
        store,
        // Only a retry publishes; listing needs no transport.
        transport: transport?.transport ?? { publish: () => Promise.reject(new Error('no transport')), subscribe: () => Promise.reject(new Error('no transport')), close: async () => undefined },
        pool,
        schema: schemaFor(options.serviceName, 'es'),
        filter: { streamPrefixes: options.outbox.streamPrefixes },
        map: options.outbox.map(store),
      });
      workers.push({ key: 'outbox', worker: relay });
    }
    if (parsed.command === 'list') {
      const parked = (await Promise.all(workers.map(({ worker }) => worker.parked()))).flat();
      if (parsed.json) out.write(`${JSON.stringify(parked, null, 2)}\n`);
      else out.write(parked.length === 0 ? `${options.serviceName}: no parked events\n` : `${parked.map(line).join('\n')}\n`);
      return 0;
    }
    const target = parsed.target === 'all' ? ('all' as const) : { eventId: parsed.target! };
    const results: Record<string, RetryParkedResult> = {};
    for (const { key, worker } of workers) {
      if (target !== 'all' && !(await worker.parked()).some((p) => p.eventId === target.eventId)) continue;
      results[key] = await worker.retryParked(target);
    }
    if (Object.keys(results).length === 0) throw new Error(`${options.serviceName}: no parked event ${parsed.target}`);
    if (parsed.json) out.write(`${JSON.stringify(results, null, 2)}\n`);
    else {
      for (const [key, result] of Object.entries(results)) {
        out.write(`${key}: retried ${result.retried.length}, failed ${result.failed.length}, still parked ${result.remaining}\n`);
        for (const failure of result.failed) out.write(`  ${failure.eventId}: ${failure.error}\n`);
      }
    }
    return Object.values(results).some((r) => r.failed.length > 0) ? 1 : 0;
  } finally {
    await transport?.transport.close();
    await transport?.pool?.end();
    await store.close();
    await dataSource.destroy();
    await pool.end();
  }
}
