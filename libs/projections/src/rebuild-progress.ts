import { SingleBar, Presets } from 'cli-progress';
import type { RebuildProgress } from './projection-runner';

/** A terminal progress bar for `rebuild`: processed / total and events per second. */
export function terminalRebuildProgress(label: string, stream: NodeJS.WriteStream = process.stderr) {
  const bar = new SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {value}/{total} events | {eps} events/s | {phase}`,
      stream,
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 1000,
    },
    Presets.shades_classic,
  );
  let started = false;
  return (progress: RebuildProgress): void => {
    const total = Math.max(progress.total ?? progress.processed, progress.processed, 1);
    if (!started) {
      bar.start(total, 0, { eps: 0, phase: progress.phase });
      started = true;
    }
    bar.setTotal(total);
    bar.update(progress.processed, { eps: progress.eventsPerSecond, phase: progress.phase });
    if (progress.phase === 'done') bar.stop();
  };
}
