import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

export interface DocsOptions {
  /** UI path; the JSON document is at `<path>-json`. Default `docs`. */
  path?: string;
  title?: string;
  description?: string;
  version?: string;
}

export const BEARER_SCHEME = 'bearer';

/**
 * OpenAPI UI at `/docs` and the document at `/docs-json`. Every operation requires the bearer token
 * (a JWT of the identity provider) unless it is public.
 */
export function setupOpenApi(app: INestApplication, serviceName: string, options: DocsOptions = {}): void {
  const path = (options.path ?? 'docs').replace(/^\/+|\/+$/g, '');
  const config = new DocumentBuilder()
    .setTitle(options.title ?? `Jejak ${serviceName}`)
    .setDescription(
      options.description ??
        `API of the Jejak ${serviceName} service. Errors are RFC 7807 problem details (application/problem+json); ` +
          'send the revision you edit in If-Match, read it from ETag.',
    )
    .setVersion(options.version ?? '1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Access token of the identity provider' }, BEARER_SCHEME)
    .addSecurityRequirements(BEARER_SCHEME)
    .build();
  SwaggerModule.setup(path, app, () => SwaggerModule.createDocument(app, config), {
    jsonDocumentUrl: `${path}-json`,
    customSiteTitle: options.title ?? `Jejak ${serviceName}`,
    swaggerOptions: { persistAuthorization: true },
  });
}
