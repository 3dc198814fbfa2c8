import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import type { PlatformRequest } from './http-types';
import { ProblemException } from './problem.exception';

const IF_MATCH = /^\s*(?:W\/)?(?:"(\d{1,15})"|(\d{1,15}))\s*$/;

function invalid(): ProblemException {
  const message = 'Header If-Match harus berisi satu nomor revisi, misalnya "3" (boleh juga 3 atau W/"3").';
  return new ProblemException({ status: 400, code: 'INVALID_IF_MATCH', detail: message, errors: [{ field: 'If-Match', message }] });
}

/**
 * The expected revision carried by `If-Match`: `"3"`, `3` and `W/"3"` all mean 3; no header means
 * undefined; anything else (several tags, `*`, text) is a 400 naming the header.
 */
export function parseIfMatch(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  if (Array.isArray(header)) {
    if (header.length !== 1) throw invalid();
    header = header[0];
  }
  const match = IF_MATCH.exec(header);
  if (!match) throw invalid();
  return Number(match[1] ?? match[2]);
}

export interface IfMatchOptions {
  /** Missing header is a 428 instead of undefined. */
  required?: boolean;
}

/**
 * Parameter decorator: the expected revision from `If-Match`, or undefined.
 *
 *     @Put(':id') update(@IfMatch() expected: number | undefined) { ... }
 */
export const IfMatch = createParamDecorator((options: IfMatchOptions | undefined, context: ExecutionContext): number | undefined => {
  const revision = parseIfMatch(context.switchToHttp().getRequest<PlatformRequest>().headers['if-match']);
  if (revision === undefined && options?.required) {
    const message = 'Sertakan header If-Match berisi nomor revisi data yang Anda ubah, misalnya "3".';
    throw new ProblemException({ status: 428, code: 'IF_MATCH_REQUIRED', detail: message, errors: [{ field: 'If-Match', message }] });
  }
  return revision;
});

/** The ETag of a revision: `"3"`. */
export function etagOf(revision: number): string {
  return `"${revision}"`;
}

/** Sets `ETag: "<revision>"`; use with `@Res({ passthrough: true })`. */
export function setETag(res: Pick<ServerResponse, 'setHeader'>, revision: number): void {
  res.setHeader('ETag', etagOf(revision));
}
