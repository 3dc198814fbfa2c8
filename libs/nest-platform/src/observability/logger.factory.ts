import { hostname } from 'node:os';
import pino, { type DestinationStream, type Logger } from 'pino';

/** The app's root pino logger (one per app instance). */
export const PLATFORM_LOGGER = Symbol('PlatformLogger');

export interface LoggingOptions {
  /** pino level; defaults to `LOG_LEVEL`, then `info`. */
  level?: string;
  /** Where JSON lines go; defaults to stdout. Tests pass a stream to capture them. */
  destination?: DestinationStream;
  /** Human-readable output through pino-pretty (development only); defaults to `LOG_FORMAT=pretty`. */
  pretty?: boolean;
}

const LEVELS = [...Object.keys(pino.levels.values), 'silent'];

export function resolveLogLevel(level: string | undefined): string {
  const value = (level ?? process.env.LOG_LEVEL ?? 'info').trim().toLowerCase() || 'info';
  if (!LEVELS.includes(value)) throw new Error(`LOG_LEVEL must be one of ${LEVELS.join(', ')}: ${value}`);
  return value;
}

function prettyAvailable(): boolean {
  try {
    require.resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

/** Structured JSON logs: ISO time, level as a label, the service name, secrets redacted. */
export function createPlatformLogger(serviceName: string, options: LoggingOptions = {}): Logger {
  const pretty = options.pretty ?? process.env.LOG_FORMAT === 'pretty';
  const base: pino.LoggerOptions = {
    level: resolveLogLevel(options.level),
    base: { service: serviceName, pid: process.pid, hostname: hostname() },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password', '*.access_token'],
      censor: '[redacted]',
    },
  };
  if (options.destination) return pino(base, options.destination);
  if (pretty && prettyAvailable()) {
    return pino({ ...base, formatters: undefined, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:standard' } } });
  }
  return pino(base);
}
