import type { NextFunction, PlatformRequest, PlatformResponse } from './http-types';
import { ProblemException } from './problem.exception';

interface BodyParserError {
  type?: string;
  status?: number;
  expose?: boolean;
}

/**
 * Express error middleware placed right after the JSON body parser: turns its failures into problem
 * exceptions with clear codes, before Nest would map them to a generic 400.
 */
export function translateBodyParserErrors(error: unknown, _req: PlatformRequest, _res: PlatformResponse, next: NextFunction): void {
  const e = (error ?? {}) as BodyParserError;
  switch (e.type) {
    case 'entity.parse.failed':
      return next(
        new ProblemException(
          { status: 400, code: 'MALFORMED_JSON', detail: 'Isi permintaan bukan JSON yang valid. Periksa tanda kutip, koma dan kurung.' },
          { cause: error },
        ),
      );
    case 'entity.too.large':
      return next(new ProblemException({ status: 413, code: 'PAYLOAD_TOO_LARGE', detail: 'Isi permintaan melebihi batas ukuran yang diizinkan.' }, { cause: error }));
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return next(
        new ProblemException({ status: 415, code: 'UNSUPPORTED_ENCODING', detail: 'Pengodean isi permintaan tidak didukung; gunakan UTF-8.' }, { cause: error }),
      );
    default:
      return next(error);
  }
}
