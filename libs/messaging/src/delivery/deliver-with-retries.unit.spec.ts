import type { IntegrationEvent } from '@jejak/contracts';
import type { DeliveryInfo } from '../transport.port';
import { PoisonMessageError } from '../transport.port';
import { backoffDelay, deliverWithRetries } from './deliver-with-retries';
import { StopSignal } from './stop-signal';

const event = { id: 'e-1' } as IntegrationEvent;
const info = { topic: 't', partition: 0, offset: '1:1' };

function request(handle: (e: IntegrationEvent, d: DeliveryInfo) => Promise<void>, stop = new StopSignal()) {
  return { event, info, handle, maxAttempts: 3, retryBackoffMs: 1, stop };
}

describe('deliverWithRetries', () => {
  it('reports a handled message with the attempt that succeeded', async () => {
    const seen: number[] = [];
    const outcome = await deliverWithRetries(
      request(async (_e, d) => {
        seen.push(d.attempt);
        if (d.attempt < 2) throw new Error('transient');
      }),
    );
    expect(outcome).toEqual({ kind: 'handled', attempts: 2 });
    expect(seen).toEqual([1, 2]);
  });

  it('dead-letters after maxAttempts failures, with the last error', async () => {
    const outcome = await deliverWithRetries(
      request(async (_e, d) => {
        throw new Error(`failure ${d.attempt}`);
      }),
    );
    expect(outcome.kind).toBe('dead-letter');
    expect(outcome.attempts).toBe(3);
    expect(outcome.kind === 'dead-letter' && outcome.error.message).toBe('failure 3');
  });

  it('dead-letters a PoisonMessageError at once', async () => {
    const outcome = await deliverWithRetries(
      request(async () => {
        throw new PoisonMessageError('bad data');
      }),
    );
    expect(outcome).toMatchObject({ kind: 'dead-letter', attempts: 1, error: { message: 'bad data' } });
  });

  it('abandons a message that fails while the consumer is stopping, without retrying', async () => {
    const stop = new StopSignal();
    let calls = 0;
    const outcome = await deliverWithRetries(
      request(async () => {
        calls += 1;
        stop.stop();
        throw new Error('crash');
      }, stop),
    );
    expect(outcome).toEqual({ kind: 'abandoned', attempts: 1 });
    expect(calls).toBe(1);
  });

  it('commits a message whose handler succeeds while the consumer is stopping', async () => {
    const stop = new StopSignal();
    const outcome = await deliverWithRetries(request(async () => stop.stop(), stop));
    expect(outcome).toEqual({ kind: 'handled', attempts: 1 });
  });

  it('wraps non-Error throwables', async () => {
    const outcome = await deliverWithRetries({ ...request(async () => Promise.reject('text')), maxAttempts: 1 });
    expect(outcome).toMatchObject({ kind: 'dead-letter', error: { message: 'text' } });
  });

  it('doubles the backoff after each failed attempt', () => {
    expect([1, 2, 3, 4].map((attempt) => backoffDelay(200, attempt))).toEqual([200, 400, 800, 1600]);
  });
});

describe('StopSignal', () => {
  it('cuts a sleep short when stopped, and returns at once afterwards', async () => {
    const stop = new StopSignal();
    const started = Date.now();
    const sleeping = stop.sleep(10_000);
    stop.stop();
    await sleeping;
    await stop.sleep(10_000);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
