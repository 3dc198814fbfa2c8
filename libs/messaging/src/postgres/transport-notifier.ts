import { ident } from '@jejak/postgres';
import type { Notification, Pool, PoolClient } from 'pg';
import type { Doorbell } from '../delivery/stop-signal';

const RECONNECT_DELAY_MS = 1000;

/**
 * One LISTEN connection per transport. A NOTIFY carries the topic; the workers of that topic are
 * woken. Losing a notification only delays a worker until its fallback poll.
 */
export class TransportNotifier {
  private client: PoolClient | undefined;
  private detach: (() => void) | undefined;
  private connecting: Promise<void> | undefined;
  private closed = false;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private readonly bells = new Map<string, Set<Doorbell>>();

  constructor(
    private readonly pool: Pool,
    private readonly channel: string,
    private readonly onError: (error: Error) => void,
  ) {}

  /** Starts listening (once) and registers `bell` for `topic`; returns the unregister function. */
  async register(topic: string, bell: Doorbell): Promise<() => void> {
    let set = this.bells.get(topic);
    if (!set) this.bells.set(topic, (set = new Set()));
    set.add(bell);
    await this.ensureListening().catch((error: Error) => this.onError(error));
    return () => {
      set.delete(bell);
      if (set.size === 0) this.bells.delete(topic);
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    await this.connecting?.catch(() => undefined);
    const client = this.client;
    this.client = undefined;
    if (client) {
      await client.query(`UNLISTEN ${ident(this.channel)}`).catch(() => undefined);
      this.detach?.();
      client.release();
    }
  }

  private ensureListening(): Promise<void> {
    if (this.closed || this.client) return Promise.resolve();
    this.connecting ??= this.listen().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async listen(): Promise<void> {
    const client = await this.pool.connect();
    const onNotification = (message: Notification) => {
      if (message.channel !== this.channel || message.payload === undefined) return;
      for (const bell of this.bells.get(message.payload) ?? []) bell.ring();
    };
    let released = false;
    const detach = () => {
      client.off('notification', onNotification);
      client.off('error', onError);
    };
    const onError = (error: Error) => {
      detach();
      if (this.client === client) this.client = undefined;
      if (!released) client.release(error);
      released = true;
      this.onError(error);
      this.scheduleReconnect();
    };
    client.on('notification', onNotification);
    client.on('error', onError);
    try {
      await client.query(`LISTEN ${ident(this.channel)}`);
    } catch (error) {
      onError(error as Error);
      return;
    }
    if (released) return;
    if (this.closed) {
      detach();
      client.release();
      return;
    }
    this.client = client;
    this.detach = detach;
    // Anything published while we were not listening is found by the workers' next read.
    for (const set of this.bells.values()) for (const bell of set) bell.ring();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.bells.size === 0) return;
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => void this.ensureListening().catch((error: Error) => this.onError(error)), RECONNECT_DELAY_MS);
    this.reconnectTimer.unref();
  }
}
