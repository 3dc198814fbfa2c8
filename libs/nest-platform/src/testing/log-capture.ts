import { Writable } from 'node:stream';

/** A pino destination that keeps every JSON log line in memory (pass as `logging.destination`). */
export class LogCapture extends Writable {
  readonly lines: Record<string, unknown>[] = [];

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      try {
        this.lines.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        this.lines.push({ unparsed: line });
      }
    }
    callback();
  }

  /** Lines whose every given key equals the given value. */
  find(match: Record<string, unknown>): Record<string, unknown>[] {
    return this.lines.filter((line) => Object.entries(match).every(([key, value]) => line[key] === value));
  }
}
