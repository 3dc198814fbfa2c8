/// <reference types="multer" />
import { Injectable, PayloadTooLargeException, type CallHandler, type ExecutionContext } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ProblemException } from '@jejak/nest-platform';
import { DEFAULT_IMPORT_MAX_BYTES, ImportRunError, ImportTooLargeError } from '@jejak/sop-import';
import type { Observable } from 'rxjs';

/** Largest SOP book accepted, for the upload and for the importer alike. */
export const SOP_BOOK_MAX_BYTES = DEFAULT_IMPORT_MAX_BYTES;

/** An importer failure as an RFC 7807 problem naming the `file` field (413 too large, 422 timeout or failure). */
export function importRunProblem(error: ImportRunError): ProblemException {
  return new ProblemException({ status: error.status, code: error.code, detail: error.message, errors: [{ field: 'file', message: error.message }] }, { cause: error });
}

/** 413 `SOP_IMPORT_TOO_LARGE` for an upload multer stopped at the size limit. */
export function uploadTooLargeProblem(): ProblemException {
  return importRunProblem(new ImportTooLargeError(SOP_BOOK_MAX_BYTES + 1, SOP_BOOK_MAX_BYTES));
}

const MulterFile = FileInterceptor('file', { limits: { fileSize: SOP_BOOK_MAX_BYTES, files: 1 } });

/** The multipart `file` upload of an SOP book, limited to `SOP_BOOK_MAX_BYTES`; over it, the 413 problem of the importer. */
@Injectable()
export class SopBookUploadInterceptor extends MulterFile {
  override async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await super.intercept(context, next);
    } catch (error) {
      if (error instanceof PayloadTooLargeException) throw uploadTooLargeProblem();
      throw error;
    }
  }
}
