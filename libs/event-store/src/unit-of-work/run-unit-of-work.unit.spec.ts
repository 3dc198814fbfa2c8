import { InMemoryEventStore } from '../in-memory/in-memory-event-store';
import { TransactionOrderConflictError } from '../errors';
import { CommandAbortedError, abortablePause, abortReasonOf } from './command-aborted.error';
import { withOrderRetries } from './run-unit-of-work';

const timeout = () => Object.assign(new Error('deadline'), { name: 'TimeoutError' });

describe('unit of work retries with an AbortSignal', () => {
  it('runs no further attempt once the signal fires', async () => {
    const controller = new AbortController();
    let attempts = 0;
    const run = withOrderRetries(100, controller.signal, async () => {
      attempts += 1;
      controller.abort(timeout());
      throw new TransactionOrderConflictError('s-1');
    });
    await expect(run).rejects.toBeInstanceOf(CommandAbortedError);
    await expect(run).rejects.toMatchObject({ reason: 'deadline', code: 'COMMAND_ABORTED' });
    expect(attempts).toBe(1);
  });

  it('retries as before without a signal, and returns the first success', async () => {
    let attempts = 0;
    const result = await withOrderRetries(3, undefined, async () => {
      attempts += 1;
      if (attempts < 3) throw new TransactionOrderConflictError('s-2');
      return 'ok';
    });
    expect({ result, attempts }).toEqual({ result: 'ok', attempts: 3 });
  });

  it('store.unitOfWork(..., { signal }) writes nothing when the signal has fired', async () => {
    const store = new InMemoryEventStore();
    const controller = new AbortController();
    controller.abort();
    const metadata = { tenant: '35', actor: { userId: 'u', role: 'staf' }, correlationId: 'c' };
    const run = store.unitOfWork(async (uow) => uow.append('s-3', [{ type: 'Happened', data: {}, metadata }]), { retries: 2, signal: controller.signal });
    await expect(run).rejects.toMatchObject({ name: 'CommandAbortedError', reason: 'aborted' });
    expect(await store.readStream('s-3')).toEqual([]);
  });

  it('a retry pause ends as soon as the signal fires', async () => {
    const controller = new AbortController();
    const pause = abortablePause(60_000, 'pelatihan', controller.signal);
    controller.abort(Object.assign(new Error('x'), { commandAbortReason: 'shutdown' }));
    await expect(pause).rejects.toMatchObject({ reason: 'shutdown', message: expect.stringContaining('pelatihan') });
  });

  it('reads the reason from the signal', () => {
    const aborted = (reason?: unknown) => {
      const c = new AbortController();
      c.abort(reason);
      return c.signal;
    };
    expect(abortReasonOf(aborted(timeout()))).toBe('deadline');
    expect(abortReasonOf(aborted({ commandAbortReason: 'client-gone' }))).toBe('client-gone');
    expect(abortReasonOf(aborted())).toBe('aborted');
  });
});
