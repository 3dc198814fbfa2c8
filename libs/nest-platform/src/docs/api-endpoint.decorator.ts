import { applyDecorators, type Type } from '@nestjs/common';
import { ApiBody, ApiExtraModels, ApiHeader, ApiOperation, ApiResponse, getSchemaPath, type ExamplesObject, type SchemaObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '../http/problem-details';
import { problemBody, problemsByStatus, type ProblemSpec } from './problem-examples';
import { ProblemDetailsSchema } from './problem-details.schema';

export interface ApiEndpointBody {
  /** DTO class of a JSON body. */
  type?: Type<unknown>;
  /** Explicit schema instead of a DTO (e.g. multipart uploads). */
  schema?: SchemaObject;
  /** One example request; use `examples` to show several. */
  example?: unknown;
  examples?: ExamplesObject;
  description?: string;
}

export interface ApiEndpointResponse {
  /** Default 200. */
  status?: number;
  type?: Type<unknown> | [Type<unknown>];
  description?: string;
  example?: unknown;
}

export interface ApiEndpointOptions {
  /** One line, English, imperative ("Draft a new SOP"). */
  summary: string;
  /** What the operation does, its rules and who may call it (English; quote the Indonesian texts users see). */
  description: string;
  body?: ApiEndpointBody;
  response?: ApiEndpointResponse;
  /**
   * The failures to document. A status alone (`400`, `401`, `403`, `409`, `412`, `428`) documents
   * the platform's standard problem for it; `{ status, code, detail }` documents a specific one
   * (several per status become several named examples).
   */
  problems: readonly ProblemSpec[];
  /** Example request path for `instance` in the problem examples, e.g. `/sops/{id}/retire`. Default `/`. */
  path?: string;
  /** Documents the `If-Match` header (`'required'` when a missing header is a 428). */
  ifMatch?: boolean | 'required';
  /** The operation needs no token; otherwise a 401 is documented automatically. */
  public?: boolean;
}

/**
 * Documents one HTTP operation in one decorator: `ApiOperation` (summary, description), `ApiBody`
 * with a request example, the success response, the `If-Match` header, and one `ApiResponse` per
 * error status whose `application/problem+json` content carries RFC 7807 examples exactly as the
 * platform sends them (stable `code`, Indonesian `title`/`detail`, field `errors`).
 *
 *     @Post(':id/retire')
 *     @ApiEndpoint({
 *       summary: 'Retire an SOP',
 *       description: 'Retires the SOP from a date ...',
 *       body: { type: RetireSopRequest, example: { retiredFrom: '2026-12-31', reason: 'Digantikan' } },
 *       response: { type: SopCommandResponse },
 *       ifMatch: true,
 *       path: '/sops/{id}/retire',
 *       problems: [400, 403, { status: 404, code: 'SOP_NOT_FOUND', detail: 'SOP … tidak ditemukan' }, 409, 412],
 *     })
 *
 * `expectOperationsDocumented(app)` from `@jejak/nest-platform/testing` checks a whole service.
 */
export function ApiEndpoint(options: ApiEndpointOptions): MethodDecorator {
  const decorators: (MethodDecorator | ClassDecorator)[] = [
    ApiOperation({ summary: options.summary, description: options.description }),
    ApiExtraModels(ProblemDetailsSchema),
  ];
  if (options.body) decorators.push(bodyDecorator(options.body));
  if (options.response) {
    const { status = 200, type, description = 'Success', example } = options.response;
    decorators.push(ApiResponse({ status, type, description, ...(example === undefined ? {} : { example }) }));
  }
  if (options.ifMatch) {
    decorators.push(ApiHeader({
      name: 'If-Match',
      required: options.ifMatch === 'required',
      description: 'The stream revision you last read (from ETag), e.g. "3"; a newer revision on the server is a 412',
    }));
  }
  const specs: ProblemSpec[] = options.public || options.problems.some((p) => (typeof p === 'number' ? p : p.status) === 401)
    ? [...options.problems]
    : [401, ...options.problems];
  const instance = options.path ?? '/';
  for (const [status, examples] of problemsByStatus(specs)) {
    decorators.push(ApiResponse({
      status,
      description: examples.map((e) => e.summary ?? e.code).join('; '),
      content: {
        [PROBLEM_CONTENT_TYPE]: {
          schema: { $ref: getSchemaPath(ProblemDetailsSchema) },
          examples: Object.fromEntries(examples.map((e, i) => [
            examples.length > 1 && examples.findIndex((o) => o.code === e.code) !== i ? `${e.code}_${i + 1}` : e.code,
            { summary: e.summary ?? e.code, value: problemBody(e, instance) },
          ])),
        },
      },
    }));
  }
  return applyDecorators(...decorators);
}

/** Same decorator, named for command (write) endpoints. */
export const ApiCommand = ApiEndpoint;

function bodyDecorator(body: ApiEndpointBody): MethodDecorator {
  const examples: ExamplesObject | undefined = body.examples ?? (body.example === undefined ? undefined : { example: { summary: 'Example', value: body.example } });
  if (body.schema) return ApiBody({ schema: body.schema, description: body.description, required: true, examples });
  return ApiBody({ type: body.type, description: body.description, required: true, examples } as Parameters<typeof ApiBody>[0]);
}
