// Identity
export * from './identity/role';
export * from './identity/tenant-code';
export * from './identity/authenticated-user';
export * from './identity/auth-config';
export { userFromClaims, readClaim, InvalidClaimsError } from './identity/claims.mapper';
export { TokenVerifier, TokenRejectedError, IdentityProviderUnavailableError, TOKEN_VERIFIER } from './identity/token-verifier';
export * from './identity/auth.decorators';
export { AuthGuard, bearerToken } from './identity/auth.guard';
export { CurrentUser } from './identity/current-user.decorator';
export * from './identity/tenancy';
export * from './identity/event-identity';
export * from './identity/local-issuer/demo-users';
export { defaultKeysDir, loadOrCreateSigningKey, type SigningKey } from './identity/local-issuer/key-store';
export { signClaims, signToken, demoUserClaims, DEFAULT_TOKEN_TTL_SECONDS, type SignOptions } from './identity/local-issuer/token-signer';
export * from './identity/local-issuer/local-issuer.server';

// HTTP edge
export * from './http/problem-details';
export * from './http/problem.exception';
export { toProblem, type ProblemContext, type MappedProblem } from './http/problem.mapper';
export { ProblemDetailsFilter } from './http/problem-details.filter';
export { createValidationPipe, flattenValidationErrors, validationProblem, PlatformValidationPipe } from './http/validation.pipe';
export * from './http/validation';
export { localiseConstraintMessage } from './http/validation-messages';
export * from './http/if-match';
export * from './http/request-signal';
export * from './http/read-consistency';
export * from './http/idempotency-key.decorator';
export type { PlatformRequest, PlatformResponse } from './http/http-types';

// Observability
export * from './observability/correlation.context';
export { createPlatformLogger, PLATFORM_LOGGER, resolveLogLevel, type LoggingOptions } from './observability/logger.factory';
export * from './observability/metrics.registry';
export { createRequestContextMiddleware, UNMATCHED_ROUTE } from './observability/request-context.middleware';
export { PostgresHealthIndicator } from './observability/postgres.health-indicator';
export { WorkerMonitor, type MonitoredWorker, type WorkerReport } from './observability/worker-monitor';
export type { DegradedHealthCheckResult } from './observability/health.controller';

// Docs and bootstrap
export * from './docs/openapi';
export * from './docs/api-endpoint.decorator';
export * from './docs/problem-examples';
export * from './docs/problem-details.schema';
export * from './bootstrap/platform.options';
export { PlatformModule } from './bootstrap/platform.module';
export type { PlatformOptionsFactory } from './bootstrap/platform-core.module';
export * from './bootstrap/configure-platform';
export * from './bootstrap/bootstrap-service';
