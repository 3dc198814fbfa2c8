import type { OpenAPIObject } from '@nestjs/swagger';
import { documentWriteHeaders } from './openapi';

describe('documentWriteHeaders', () => {
  it('adds X-Jejak-Position to the success responses of writes only, keeping headers already documented', () => {
    const document = {
      openapi: '3.0.0',
      info: { title: 't', version: '1' },
      paths: {
        '/cases': {
          get: { responses: { 200: { description: 'list' } } },
          post: { responses: { 201: { description: 'created', headers: { Location: { description: 'url' } } }, 400: { description: 'bad' } } },
        },
        '/cases/{id}': { delete: { responses: { 204: { description: 'gone' } } } },
      },
    } as unknown as OpenAPIObject;
    const paths = documentWriteHeaders(document).paths as unknown as Record<string, Record<string, { responses: Record<string, { headers?: Record<string, unknown> }> }>>;
    expect(Object.keys(paths['/cases'].post.responses['201'].headers ?? {})).toEqual(['X-Jejak-Position', 'Location']);
    expect(paths['/cases/{id}'].delete.responses['204'].headers).toHaveProperty('X-Jejak-Position');
    expect(paths['/cases'].post.responses['400'].headers).toBeUndefined();
    expect(paths['/cases'].get.responses['200'].headers).toBeUndefined();
  });
});
