import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import type { Pool } from 'pg';

/** Readiness of PostgreSQL: `SELECT 1` through the service's own pool, within a time limit. */
@Injectable()
export class PostgresHealthIndicator {
  constructor(private readonly indicators: HealthIndicatorService) {}

  async pingCheck<const Key extends string>(key: Key, pool: Pool, timeoutMs = 2000): Promise<HealthIndicatorResult<Key>> {
    const indicator = this.indicators.check(key);
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        pool.query('SELECT 1'),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      return indicator.up({ responseTimeMs: Date.now() - started });
    } catch (error) {
      // The message says what failed without the connection details.
      const reason = (error as Error).message?.startsWith('no answer') ? (error as Error).message : 'database unreachable';
      return indicator.down({ message: reason });
    } finally {
      if (timer) clearTimeout(timer);
    }
  }
}
