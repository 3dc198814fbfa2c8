import { Module, RequestMethod, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { ProblemDetailsFilter } from '../http/problem-details.filter';
import { CommandAbortedInterceptor } from '../http/request-signal';
import { WritePositionInterceptor } from '../http/read-consistency';
import { createValidationPipe } from '../http/validation.pipe';
import { AuthGuard } from '../identity/auth.guard';
import { TOKEN_VERIFIER, TokenVerifier } from '../identity/token-verifier';
import { HealthController } from '../observability/health.controller';
import { PLATFORM_LOGGER } from '../observability/logger.factory';
import { MetricsController } from '../observability/metrics.controller';
import { PostgresHealthIndicator } from '../observability/postgres.health-indicator';
import { PlatformCoreModule, type PlatformOptionsFactory } from './platform-core.module';
import { PLATFORM_OPTIONS, type PlatformOptions } from './platform.options';
import { PlatformState } from './platform.state';

/**
 * Everything a Jejak service shares: token guard, problem-details filter, validation, structured logs,
 * health and metrics endpoints. Import once in the service's root module, then call
 * `configurePlatform(app)` (done by `bootstrapService`).
 */
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    return PlatformModule.build(PlatformCoreModule.create({ useValue: options }));
  }

  /** When the options need other providers (e.g. the service's pool from its database module). */
  static forRootAsync(factory: PlatformOptionsFactory): DynamicModule {
    return PlatformModule.build(PlatformCoreModule.create(factory));
  }

  private static build(core: DynamicModule): DynamicModule {
    return {
      module: PlatformModule,
      global: true,
      imports: [
        core,
        LoggerModule.forRootAsync({
          imports: [core],
          inject: [PLATFORM_LOGGER],
          // The request logger is created by configurePlatform's first middleware (pino-http); nestjs-pino
          // only binds it to Nest's logger for the request.
          useFactory: (logger: Logger) => ({
            pinoHttp: { logger },
            useExisting: true as const,
            forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          }),
        }),
        TerminusModule.forRoot({ errorLogStyle: 'json' }),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: TOKEN_VERIFIER, inject: [PLATFORM_OPTIONS], useFactory: (options: PlatformOptions) => new TokenVerifier(options.auth) },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useFactory: () => createValidationPipe() },
        { provide: APP_INTERCEPTOR, useClass: CommandAbortedInterceptor },
        { provide: APP_INTERCEPTOR, useClass: WritePositionInterceptor },
        PostgresHealthIndicator,
        PlatformState,
      ],
      exports: [core, TOKEN_VERIFIER, PlatformState],
    };
  }
}
