/**
 * Every operation of the letters API is documented: a summary, a description, an example for its
 * request body, and RFC 7807 problem examples for each error it answers (`/docs-json`, as served).
 */
import { expectOperationsDocumented, openApiDocumentOf } from '@jejak/nest-platform/testing';
import { startLettersHarness, type LettersHarness } from './support/letters.harness';

jest.setTimeout(60_000);

describe('letters OpenAPI document', () => {
  let h: LettersHarness;
  beforeAll(async () => {
    h = await startLettersHarness('letters_openapi', { start: '2024-04-02T02:00:00.000Z', users: [] });
  });
  afterAll(async () => h?.close());

  it('documents every operation', async () => {
    expect(await expectOperationsDocumented(h.app)).toBeGreaterThanOrEqual(23);
  });

  it('shows the letters problems users get, e.g. a second signature', async () => {
    const document = await openApiDocumentOf(h.app);
    const sign = document.paths['/surat-keluar/{id}/sign']?.post;
    const conflict = (sign?.responses?.['409'] as { content: Record<string, { examples: Record<string, { value: { code: string; detail: string } }> }> }).content['application/problem+json'];
    expect(conflict.examples.ALREADY_SIGNED.value).toMatchObject({ code: 'ALREADY_SIGNED', detail: 'Naskah sudah ditandatangani dan bernomor; tidak dapat diubah lagi.' });
    expect(Object.keys(sign?.responses ?? {})).toEqual(expect.arrayContaining(['200', '400', '401', '403', '404', '409', '412']));
  });
});
