/**
 * A one-way stop flag that interrupts sleeps. Listeners are removed when a sleep ends, so
 * long-running loops do not accumulate callbacks.
 */
export class StopSignal {
  private stoppedFlag = false;
  private readonly listeners = new Set<() => void>();

  get stopped(): boolean {
    return this.stoppedFlag;
  }

  stop(): void {
    if (this.stoppedFlag) return;
    this.stoppedFlag = true;
    for (const listener of [...this.listeners]) listener();
    this.listeners.clear();
  }

  /** Calls `listener` once on stop (at once if already stopped); returns an unsubscribe function. */
  onStop(listener: () => void): () => void {
    if (this.stoppedFlag) {
      listener();
      return () => undefined;
    }
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves after `ms`, or as soon as the signal is stopped. */
  sleep(ms: number): Promise<void> {
    if (this.stoppedFlag) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        unsubscribe();
        resolve();
      };
      const timer = setTimeout(done, ms);
      const unsubscribe = this.onStop(done);
    });
  }
}

/** A wake-up call for polling loops: `wait` ends on `ring`, on timeout or on stop. A ring while nobody waits is kept for the next `wait`. */
export class Doorbell {
  private rung = false;
  private readonly waiters = new Set<() => void>();

  ring(): void {
    if (this.waiters.size === 0) this.rung = true;
    for (const waiter of [...this.waiters]) waiter();
  }

  wait(ms: number, stop: StopSignal): Promise<void> {
    if (this.rung || stop.stopped) {
      this.rung = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        unsubscribe();
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters.add(done);
      const unsubscribe = stop.onStop(done);
    });
  }
}
