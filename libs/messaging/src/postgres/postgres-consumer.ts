import type { Pool } from 'pg';
import type { ConsumerHandle } from '../transport.port';
import { Doorbell, StopSignal } from '../delivery/stop-signal';
import { compareLogOffsets } from './log-offset';
import type { MessageLog } from './message-log';
import type { TopicWorker } from './topic-worker';

export interface GroupTopic {
  topic: string;
  offsetId: number;
}

/** One member of a consumer group, over one or more topics (one worker each). */
export class PostgresConsumer implements ConsumerHandle {
  private readonly progress = new Doorbell();
  private stopping: Promise<void> | undefined;

  constructor(
    private readonly pool: Pool,
    private readonly log: MessageLog,
    private readonly topics: GroupTopic[],
    private readonly stopSignal: StopSignal,
    private readonly workers: TopicWorker[],
    private readonly drainPollMs: number,
    private readonly onStopped: () => void,
  ) {}

  /** For the workers: ring after each commit. */
  notifyProgress(): void {
    this.progress.ring();
  }

  start(): void {
    for (const worker of this.workers) void worker.start();
  }

  /**
   * Every message committed before the call is handled or dead-lettered once the group's
   * committed offset reaches the topic's last message (whichever member of the group did it).
   */
  async drained(): Promise<void> {
    const targets = await Promise.all(this.topics.map(async (t) => ({ ...t, target: await this.log.tail(this.pool, t.topic) })));
    for (;;) {
      const offsets = await Promise.all(targets.map((t) => this.log.committedOffset(this.pool, t.offsetId)));
      if (targets.every((t, i) => t.target === null || compareLogOffsets(offsets[i], t.target) >= 0)) return;
      if (this.stopSignal.stopped) throw new Error('consumer stopped before it drained');
      await this.progress.wait(this.drainPollMs, this.stopSignal);
    }
  }

  /** Waits for the handler in flight; if it fails, it is left uncommitted for the next member. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.stopSignal.stop();
      await Promise.all(this.workers.map((worker) => worker.start()));
      this.onStopped();
    })();
    return this.stopping;
  }
}
