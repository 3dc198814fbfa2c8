import { START, type LogPosition, type RecordedEvent } from '../event-store.port';
import { CatchUpSubscription, type CatchUpRead, type CatchUpSource } from './catch-up-subscription';

const recorded = (n: number): RecordedEvent => ({
  id: `e-${n}`,
  stream: 's',
  revision: n,
  position: { commit: BigInt(n), prepare: BigInt(n) },
  type: 'T',
  schemaVersion: 1,
  tenant: '35.01',
  actor: { userId: 'u', role: 'r' },
  correlationId: 'c',
  causationId: null,
  recordedAt: new Date(0),
  data: {},
});

/**
 * A log whose visibility horizon is set by the test, like PostgreSQL's xmin: events at or above
 * the horizon exist (committed) but may not be read yet.
 */
class HorizonLog implements CatchUpSource {
  events: RecordedEvent[] = [];
  horizon = 0n;
  reads = 0;
  private wake: () => void = () => undefined;
  closed = false;

  async open(wake: () => void) {
    this.wake = wake;
  }
  async read(after: LogPosition, limit: number): Promise<CatchUpRead> {
    this.reads += 1;
    const visible = this.events.filter((e) => e.position.commit > after.commit && e.position.commit < this.horizon);
    const events = visible.slice(0, limit);
    const heldBack = this.events.some((e) => e.position.commit >= this.horizon);
    return { events, full: visible.length > limit, horizon: this.horizon, heldBack };
  }
  async target() {
    return BigInt(this.events.length);
  }
  async close() {
    this.closed = true;
  }
  commit(count: number, horizon: bigint) {
    for (let i = 0; i < count; i += 1) this.events.push(recorded(this.events.length));
    this.horizon = horizon;
    this.wake();
  }
}

describe('CatchUpSubscription', () => {
  it('holds caughtUp until the horizon passes everything committed, retrying without a notification', async () => {
    const log = new HorizonLog();
    const delivered: string[] = [];
    const subscription = new CatchUpSubscription(
      log,
      { after: START, batchSize: 2, onEvents: async (events) => void delivered.push(...events.map((e) => e.id)) },
      { pollIntervalMs: 60_000, heldBackRetryMs: 1 },
    );
    log.commit(5, 3n); // e-3 and e-4 are committed but above the horizon
    let done = false;
    const caughtUp = subscription.caughtUp().then(() => {
      done = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(delivered).toEqual(['e-0', 'e-1', 'e-2']);
    expect(done).toBe(false);
    const readsBefore = log.reads;
    log.horizon = 5n; // the old transaction ended: no notification, the held-back retry must find it
    await caughtUp;
    expect(log.reads).toBeGreaterThan(readsBefore);
    expect(delivered).toEqual(['e-0', 'e-1', 'e-2', 'e-3', 'e-4']);
    await subscription.stop();
    expect(log.closed).toBe(true);
  });

  it('reports the checkpoint it reached and resumes strictly after it', async () => {
    const log = new HorizonLog();
    log.commit(4, 10n);
    const first: string[] = [];
    const one = new CatchUpSubscription(log, { onEvents: async (events) => void first.push(...events.map((e) => e.id)) }, { pollIntervalMs: null, heldBackRetryMs: 1 });
    await one.caughtUp();
    const checkpoint = one.position;
    await one.stop();
    log.commit(2, 10n);
    const second: string[] = [];
    const two = new CatchUpSubscription(log, { after: checkpoint, onEvents: async (events) => void second.push(...events.map((e) => e.id)) }, { pollIntervalMs: null, heldBackRetryMs: 1 });
    await two.caughtUp();
    await two.stop();
    expect(first).toEqual(['e-0', 'e-1', 'e-2', 'e-3']);
    expect(second).toEqual(['e-4', 'e-5']);
  });

  it('calls onError once when the store fails, and rejects caughtUp with that error', async () => {
    const log = new HorizonLog();
    log.read = async () => {
      throw new Error('connection lost');
    };
    const errors: Error[] = [];
    const subscription = new CatchUpSubscription(log, { onEvents: async () => undefined, onError: (e) => errors.push(e) }, { pollIntervalMs: null, heldBackRetryMs: 1 });
    await expect(subscription.caughtUp()).rejects.toThrow('connection lost');
    expect(errors.map((e) => e.message)).toEqual(['connection lost']);
    expect(log.closed).toBe(true);
    await subscription.stop();
  });
});
