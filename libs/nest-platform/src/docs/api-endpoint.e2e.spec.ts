import { Body, Controller, Get, Param, Post, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ApiProperty } from '@nestjs/swagger';
import { documentationGaps, expectOperationsDocumented, openApiDocumentOf } from '../testing/openapi-coverage';
import { ApiEndpoint } from './api-endpoint.decorator';
import { setupOpenApi } from './openapi';

class RenameRequest {
  @ApiProperty() name!: string;
}

@Controller('things')
class DocumentedController {
  @Post(':id/rename')
  @ApiEndpoint({
    summary: 'Rename a thing',
    description: 'Renames the thing.',
    body: { type: RenameRequest, example: { name: 'Baru' } },
    ifMatch: true,
    path: '/things/{id}/rename',
    problems: [400, { status: 404, code: 'THING_NOT_FOUND', detail: 'Benda tidak ditemukan', summary: 'No such thing' }, 409, 412],
  })
  rename(@Param('id') id: string, @Body() body: RenameRequest) {
    return { id, name: body.name };
  }
}

@Controller('others')
class UndocumentedController {
  @Get()
  list() {
    return [];
  }
}

async function appWith(...controllers: (new (...args: never[]) => unknown)[]): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({ controllers }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  setupOpenApi(app, 'test');
  await app.init();
  return app;
}

describe('ApiEndpoint and the OpenAPI documentation check', () => {
  let documented: INestApplication;
  let mixed: INestApplication;

  beforeAll(async () => {
    documented = await appWith(DocumentedController);
    mixed = await appWith(DocumentedController, UndocumentedController);
  });
  afterAll(async () => {
    await documented?.close();
    await mixed?.close();
  });

  it('documents summary, description, request example, If-Match and RFC 7807 examples per status (401 added)', async () => {
    const document = await openApiDocumentOf(documented);
    const operation = document.paths['/things/{id}/rename'].post!;
    expect(operation.summary).toBe('Rename a thing');
    expect(operation.description).toBe('Renames the thing.');
    expect(operation.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'If-Match', in: 'header', required: false })]));
    expect((operation.requestBody as { content: Record<string, { examples: unknown }> }).content['application/json'].examples).toEqual({
      example: { summary: 'Example', value: { name: 'Baru' } },
    });
    expect(Object.keys(operation.responses).filter((s) => s !== '201')).toEqual(['400', '401', '404', '409', '412']);
    const notFound = (operation.responses['404'] as { content: Record<string, { examples: Record<string, { value: unknown }> }> }).content['application/problem+json'];
    expect(notFound.examples.THING_NOT_FOUND.value).toEqual({
      type: 'urn:jejak:problem:thing-not-found',
      title: 'Data tidak ditemukan',
      status: 404,
      detail: 'Benda tidak ditemukan',
      instance: '/things/{id}/rename',
      code: 'THING_NOT_FOUND',
      errors: [],
      correlationId: expect.any(String),
    });
    const precondition = (operation.responses['412'] as { content: Record<string, { examples: Record<string, { value: { title: string } }> }> }).content['application/problem+json'];
    expect(precondition.examples.WRONG_EXPECTED_REVISION.value.title).toBe('Versi data tidak sesuai');
    expect(document.components?.schemas?.ProblemDetailsSchema).toBeDefined();
    expect(await expectOperationsDocumented(documented)).toBe(1);
  });

  it('names every undocumented operation and what it lacks', async () => {
    const document = await openApiDocumentOf(mixed, { build: true });
    expect(documentationGaps(document)).toEqual([{ operation: 'GET /others', missing: ['summary', 'description', 'error responses'] }]);
    await expect(expectOperationsDocumented(mixed)).rejects.toThrow('GET /others: missing summary, description, error responses');
  });
});
