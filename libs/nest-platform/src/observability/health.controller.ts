import { Controller, Get, Inject, Optional, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { HealthCheckService, HealthIndicatorService, type HealthCheckResult, type HealthIndicatorFunction } from '@nestjs/terminus';
import type { ServerResponse } from 'node:http';
import { Public } from '../identity/auth.decorators';
import { PLATFORM_OPTIONS, type PlatformOptions } from '../bootstrap/platform.options';
import { PostgresHealthIndicator } from './postgres.health-indicator';
import { WorkerMonitor, type WorkerReport } from './worker-monitor';

/** `/health/ready` and `/health` answer this when ready but a worker has parked events. */
export interface DegradedHealthCheckResult extends Omit<HealthCheckResult, 'status'> {
  status: HealthCheckResult['status'] | 'degraded';
  /** Why, one line per worker, e.g. `projection: 2 parked events`. */
  degraded?: string[];
}

/**
 * `GET /health/live`: the process answers. `GET /health/ready`: its dependencies (the database pool,
 * extra readiness checks, the background workers) answer. `GET /health`: both, with the service name
 * and uptime.
 *
 * Workers (registered in the `WorkerMonitor` by the service runtime): a worker that is `failed`
 * (restarting after an error) or `stopped` makes readiness 503 (`workers` down, with each worker's
 * state and error). A running worker with parked events keeps readiness 200, so traffic is still
 * served, with `status: "degraded"` and the reasons in `degraded`; `/metrics` has the counts.
 */
@ApiExcludeController()
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly postgres: PostgresHealthIndicator,
    @Inject(PLATFORM_OPTIONS) private readonly options: PlatformOptions,
    @Optional() private readonly workers?: WorkerMonitor,
  ) {}

  @Get('live')
  live(@Res({ passthrough: true }) res: ServerResponse): Promise<DegradedHealthCheckResult> {
    return this.run(res, []);
  }

  @Get('ready')
  ready(@Res({ passthrough: true }) res: ServerResponse): Promise<DegradedHealthCheckResult> {
    const workers: WorkerReport[] = [];
    return this.run(res, this.readinessChecks(workers), workers);
  }

  @Get()
  all(@Res({ passthrough: true }) res: ServerResponse): Promise<DegradedHealthCheckResult> {
    const processCheck: HealthIndicatorFunction = () =>
      this.indicators.check('process').up({ service: this.options.serviceName, uptimeSeconds: Math.round(process.uptime()) });
    const workers: WorkerReport[] = [];
    return this.run(res, [processCheck, ...this.readinessChecks(workers)], workers);
  }

  /** `seen` receives the worker reports, so the result can say why it is degraded. */
  private readinessChecks(seen: WorkerReport[]): HealthIndicatorFunction[] {
    const checks: HealthIndicatorFunction[] = [];
    const pool = this.options.pool;
    if (pool) checks.push(() => this.postgres.pingCheck('database', pool));
    const monitor = this.workers;
    if (monitor && monitor.size > 0) {
      checks.push(async () => {
        const reports = await monitor.reports();
        seen.push(...reports);
        const details = Object.fromEntries(
          reports.map(({ worker, ...status }) => [worker, { ...status, lagSeconds: Math.round(status.lagSeconds) }]),
        );
        const indicator = this.indicators.check('workers');
        return reports.some((r) => r.state === 'failed' || r.state === 'stopped') ? indicator.down(details) : indicator.up(details);
      });
    }
    return [...checks, ...(this.options.readinessChecks ?? [])];
  }

  private async run(res: ServerResponse, checks: HealthIndicatorFunction[], workers: WorkerReport[] = []): Promise<DegradedHealthCheckResult> {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const result = await this.health.check(checks);
      const degraded = workers.filter((w) => w.parked > 0).map((w) => `${w.worker}: ${w.parked} parked event${w.parked === 1 ? '' : 's'}`);
      return degraded.length > 0 ? { ...result, status: 'degraded', degraded } : result;
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      res.statusCode = 503;
      return error.getResponse() as HealthCheckResult;
    }
  }
}
