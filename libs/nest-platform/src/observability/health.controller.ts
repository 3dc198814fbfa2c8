import { Controller, Get, Inject, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { HealthCheckService, HealthIndicatorService, type HealthCheckResult, type HealthIndicatorFunction } from '@nestjs/terminus';
import type { ServerResponse } from 'node:http';
import { Public } from '../identity/auth.decorators';
import { PLATFORM_OPTIONS, type PlatformOptions } from '../bootstrap/platform.options';
import { PostgresHealthIndicator } from './postgres.health-indicator';

/**
 * `GET /health/live`: the process answers. `GET /health/ready`: its dependencies (the database pool,
 * extra readiness checks) answer. `GET /health`: both, with the service name and uptime. 503 when down.
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
  ) {}

  @Get('live')
  live(@Res({ passthrough: true }) res: ServerResponse): Promise<HealthCheckResult> {
    return this.run(res, []);
  }

  @Get('ready')
  ready(@Res({ passthrough: true }) res: ServerResponse): Promise<HealthCheckResult> {
    return this.run(res, this.readinessChecks());
  }

  @Get()
  all(@Res({ passthrough: true }) res: ServerResponse): Promise<HealthCheckResult> {
    const processCheck: HealthIndicatorFunction = () =>
      this.indicators.check('process').up({ service: this.options.serviceName, uptimeSeconds: Math.round(process.uptime()) });
    return this.run(res, [processCheck, ...this.readinessChecks()]);
  }

  private readinessChecks(): HealthIndicatorFunction[] {
    const checks: HealthIndicatorFunction[] = [];
    const pool = this.options.pool;
    if (pool) checks.push(() => this.postgres.pingCheck('database', pool));
    return [...checks, ...(this.options.readinessChecks ?? [])];
  }

  private async run(res: ServerResponse, checks: HealthIndicatorFunction[]): Promise<HealthCheckResult> {
    res.setHeader('Cache-Control', 'no-store');
    try {
      return await this.health.check(checks);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      res.statusCode = 503;
      return error.getResponse() as HealthCheckResult;
    }
  }
}
