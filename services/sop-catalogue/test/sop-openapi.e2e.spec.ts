/**
 * The catalogue's OpenAPI document as served at /docs-json by the real app: every operation has a
 * summary, a description and RFC 7807 error examples (the shared check of @jejak/nest-platform/testing).
 */
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { configurePlatform } from '@jejak/nest-platform';
import { expectOperationsDocumented, openApiDocumentOf, startTestIssuer, type TestIssuer } from '@jejak/nest-platform/testing';
import { createTestDatabase, type TestDatabase } from '@jejak/postgres/testing';
import { testServiceConfig } from '@jejak/service-kit/testing';
import { SopCatalogueModule } from '../src/sop-catalogue.module';

describe('SOP catalogue OpenAPI document (HTTP e2e)', () => {
  let db: TestDatabase;
  let issuer: TestIssuer;
  let app: INestApplication;

  beforeAll(async () => {
    db = await createTestDatabase('sop_openapi_e2e');
    issuer = await startTestIssuer();
    const moduleRef = await Test.createTestingModule({
      imports: [SopCatalogueModule.forRoot({ config: testServiceConfig('sop-catalogue', db.url), auth: issuer.authConfig })],
    }).compile();
    app = configurePlatform(moduleRef.createNestApplication({ logger: false }));
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await issuer?.stop();
    await db?.drop();
  });

  it('documents every operation with a summary, a description and error examples', async () => {
    expect(await expectOperationsDocumented(app)).toBe(20);
  });

  it('shows the Indonesian problem a user gets, e.g. SOP_INCOMPLETE on submit, and request examples', async () => {
    const document = await openApiDocumentOf(app);
    const submit = document.paths['/sops/{id}/versions/{version}/submit'].post!;
    const conflict = submit.responses['409'] as { content: Record<string, { examples: Record<string, { value: { code: string; detail: string; errors: unknown[] } }> }> };
    const incomplete = conflict.content['application/problem+json'].examples.SOP_INCOMPLETE.value;
    expect(incomplete).toMatchObject({ code: 'SOP_INCOMPLETE', detail: 'SOP belum lengkap: 2 hal harus dilengkapi' });
    expect(incomplete.errors).toContainEqual({ field: 'procedures[0].steps[3].pelaksana', message: 'Langkah 4 belum memiliki pelaksana' });
    expect(submit.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ in: 'header', name: 'If-Match' })]));

    const draft = document.paths['/sops'].post!;
    const body = draft.requestBody as { content: Record<string, { examples: Record<string, { value: { unit: string } }> }> };
    expect(body.content['application/json'].examples.example.value.unit).toBe('UPT PLUT KUMKM');
    const upload = document.paths['/sop-imports'].post!.requestBody as { content: Record<string, unknown> };
    expect(Object.keys(upload.content)).toEqual(['multipart/form-data']);
  });
});
