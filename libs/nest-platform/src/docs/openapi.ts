import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

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
          'send the revision you edit in If-Match, read it from ETag. Every write answers X-Jejak-Position (and `position` beside `revision`); ' +
          'send it as X-Jejak-Min-Position on a list read to see your write, or get a 425 READ_MODEL_BEHIND with Retry-After (docs/consistency.md).',
    )
    .setVersion(options.version ?? '1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Access token of the identity provider' }, BEARER_SCHEME)
    .addSecurityRequirements(BEARER_SCHEME)
    .build();
  SwaggerModule.setup(path, app, () => documentWriteHeaders(SwaggerModule.createDocument(app, config)), {
    jsonDocumentUrl: `${path}-json`,
    customSiteTitle: options.title ?? `Jejak ${serviceName}`,
    swaggerOptions: { persistAuthorization: true },
  });
}

const WRITE_METHODS = ['post', 'put', 'patch', 'delete'] as const;

/**
 * Documents the headers every write's success response carries (the platform sets them, see
 * `WritePositionInterceptor`): `X-Jejak-Position` (the handler sets `ETag` where there is a stream revision).
 */
export function documentWriteHeaders(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths ?? {})) {
    for (const method of WRITE_METHODS) {
      const operation = item[method];
      if (!operation?.responses) continue;
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!response || !/^2\d\d$/.test(status) || '$ref' in response) continue;
        response.headers = {
          'X-Jejak-Position': {
            description: 'Global log position of the last event the write appended (also `position` in a body that has `revision`), e.g. 7421.15 (absent when nothing was appended); send it as X-Jejak-Min-Position on the next read',
            schema: { type: 'string', pattern: '^\\d+\\.\\d+$' },
          },
          ...(response.headers ?? {}),
        };
      }
    }
  }
  return document;
}
