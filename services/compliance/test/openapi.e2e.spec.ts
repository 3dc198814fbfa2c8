/** Every operation of compliance's OpenAPI document has a summary, a description and examples for its request and its errors. */
import { expectOperationsDocumented, openApiDocumentOf } from '@jejak/nest-platform/testing';
import { startComplianceTestApp, type ComplianceTestApp } from './support/compliance-test-app';

describe('compliance OpenAPI document (HTTP e2e)', () => {
  let t: ComplianceTestApp;

  beforeAll(async () => {
    t = await startComplianceTestApp('compliance_openapi', '2025-03-03T01:00:00.000Z');
  });

  afterAll(async () => {
    await t.close();
  });

  it('documents every operation', async () => {
    expect(await expectOperationsDocumented(t.app)).toBe(22);
  });

  it('shows the RFC 7807 problem of a refused command as it is sent', async () => {
    const document = await openApiDocumentOf(t.app);
    const cancel = document.paths['/cases/{id}/cancel'].post as { responses: Record<string, { content: Record<string, { examples: Record<string, { value: unknown }> }> }> };
    expect(Object.keys(cancel.responses)).toEqual(expect.arrayContaining(['400', '404', '409', '412']));
    expect(cancel.responses['404'].content['application/problem+json'].examples.CASE_NOT_FOUND.value).toMatchObject({ status: 404, code: 'CASE_NOT_FOUND' });
  });
});
