/**
 * How the launcher writes its own log lines. `LOG_FORMAT=pretty` (the same switch the services read, see
 * createPlatformLogger in @jejak/nest-platform) makes them readable at a terminal, through pino-pretty when it is
 * installed (a development dependency) and through a small formatter otherwise; anything else keeps one JSON object a
 * line, like the services' logs.
 */
export type LogFormat = 'json' | 'pretty';

export interface LauncherLogRecord {
  level: string;
  time: string;
  name: string;
  msg: string;
}

export function logFormatFrom(env: NodeJS.ProcessEnv): LogFormat {
  return env.LOG_FORMAT?.trim().toLowerCase() === 'pretty' ? 'pretty' : 'json';
}

type Prettifier = (line: string) => string;

let prettifier: Prettifier | null | undefined;

/** pino-pretty's formatter (no colours: the output may be a file), or null when pino-pretty is not installed. */
function pinoPretty(): Prettifier | null {
  if (prettifier !== undefined) return prettifier;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { prettyFactory } = require('pino-pretty') as { prettyFactory: (options: Record<string, unknown>) => Prettifier };
    prettifier = prettyFactory({ colorize: false, translateTime: 'SYS:standard' });
  } catch {
    prettifier = null;
  }
  return prettifier;
}

/** Without pino-pretty: `2026-12-03 17:20:01.123 INFO  (launcher): message`. */
export function plainPretty(record: LauncherLogRecord): string {
  const time = record.time.replace('T', ' ').replace(/Z$/, '');
  return `${time} ${record.level.toUpperCase().padEnd(5)} (${record.name}): ${record.msg}\n`;
}

/** One log line, newline included. */
export function formatLogLine(record: LauncherLogRecord, format: LogFormat, usePinoPretty = true): string {
  const json = JSON.stringify(record);
  if (format === 'json') return `${json}\n`;
  const pretty = usePinoPretty ? pinoPretty() : null;
  if (!pretty) return plainPretty(record);
  const text = pretty(json);
  return text.endsWith('\n') ? text : `${text}\n`;
}
