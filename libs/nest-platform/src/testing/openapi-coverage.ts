import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import request from 'supertest';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/** What an operation of the OpenAPI document lacks. */
export interface OperationGap {
  operation: string;
  missing: string[];
}

export interface OpenApiDocumentOptions {
  /** Where the app serves its document; default `/docs-json` (as `configurePlatform` sets it up). */
  jsonPath?: string;
  /** Build the document with `SwaggerModule.createDocument` instead (for apps without `configurePlatform`). */
  build?: boolean;
}

/** The OpenAPI document of a Nest app: fetched from the running app, or built from its metadata. */
export async function openApiDocumentOf(app: INestApplication, options: OpenApiDocumentOptions = {}): Promise<OpenAPIObject> {
  if (options.build) return SwaggerModule.createDocument(app, new DocumentBuilder().build());
  const res = await request(app.getHttpServer()).get(options.jsonPath ?? '/docs-json');
  if (res.status !== 200) throw new Error(`GET ${options.jsonPath ?? '/docs-json'} answered ${res.status}; call configurePlatform(app) or pass { build: true }`);
  return res.body as OpenAPIObject;
}

type MediaType = { example?: unknown; examples?: Record<string, unknown> };
type Content = Record<string, MediaType> | undefined;

const hasExample = (content: Content): boolean =>
  Object.values(content ?? {}).some((media) => media.example !== undefined || Object.keys(media.examples ?? {}).length > 0);

/**
 * Every operation's gaps against the documentation rule: a summary, a description, at least one error
 * response (4xx/5xx) with an example, every error response with an example, and an example for a
 * request body.
 */
export function documentationGaps(document: OpenAPIObject): OperationGap[] {
  const gaps: OperationGap[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const missing: string[] = [];
      if (!operation.summary?.trim()) missing.push('summary');
      if (!operation.description?.trim()) missing.push('description');
      const errors = Object.entries(operation.responses ?? {}).filter(([status]) => /^[45]/.test(status));
      if (errors.length === 0) missing.push('error responses');
      for (const [status, response] of errors) {
        if (!hasExample((response as { content?: Content }).content)) missing.push(`example for ${status}`);
      }
      const body = operation.requestBody as { content?: Content } | undefined;
      if (body && !hasExample(body.content)) missing.push('request body example');
      if (missing.length > 0) gaps.push({ operation: `${method.toUpperCase()} ${path}`, missing });
    }
  }
  return gaps;
}

/**
 * Fails (with every gap listed) unless every operation of the app is documented; returns the number
 * of operations checked, which is never 0 for an app with endpoints.
 *
 *     expect(await expectOperationsDocumented(app)).toBeGreaterThan(0);
 */
export async function expectOperationsDocumented(app: INestApplication, options: OpenApiDocumentOptions = {}): Promise<number> {
  const document = await openApiDocumentOf(app, options);
  const operations = Object.values(document.paths).flatMap((item) => METHODS.filter((m) => item[m]));
  if (operations.length === 0) throw new Error('the OpenAPI document has no operations');
  const gaps = documentationGaps(document);
  if (gaps.length > 0) {
    throw new Error(`undocumented OpenAPI operations:\n${gaps.map((g) => `  ${g.operation}: missing ${g.missing.join(', ')}`).join('\n')}`);
  }
  return operations.length;
}
