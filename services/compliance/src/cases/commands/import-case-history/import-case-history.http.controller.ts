import { Controller, HttpCode, Post, Req, UploadedFile, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiConsumes, ApiHeader, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IdempotencyKey, ProblemException, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Request } from 'express';
import { HISTORY_IMPORTERS } from '../../case.roles';
import { ImportCaseHistoryCommand } from './import-case-history.command';
import type { ImportCaseHistoryResult } from './import-case-history.handler';

const MAX_BYTES = 5 * 1024 * 1024;

function tooLarge(): ProblemException {
  return new ProblemException({ status: 413, code: 'PAYLOAD_TOO_LARGE', detail: 'Berkas riwayat melebihi 5 MB.' });
}

/** The request body as text (text/csv is not parsed by the platform's JSON parser). */
async function readText(req: Request): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

@ApiTags('Kasus')
@ApiBearerAuth()
@Controller('cases')
export class ImportCaseHistoryHttpController {
  constructor(private readonly commands: CommandBus) {}

  /**
   * Imports step logs copied from paper: CSV with columns case reference, SOP number, step number, role, actor,
   * started at, completed at, decision (ya/tidak, optional), note. Send it as `text/csv`, or as the `file` field of
   * `multipart/form-data`. Every line is checked first; one bad line refuses the whole file (400 listing each line).
   */
  @Post('history')
  @ApiEndpoint({
    summary: 'Import case history from paper',
    description: 'Imports step logs copied from paper (CSV as text/csv or the `file` field of multipart/form-data). Every line is checked first; one refused line refuses the whole file and nothing is recorded. A case reference already imported is refused.',
    body: { schema: { type: 'string' }, example: 'case reference,sop number,step number,role,actor,started at,completed at,decision,note\nKP/2025/001,800/01/SOP/2023,1,Staf,Budi,2025-03-03 08:00,2025-03-03 09:30,,' },
    response: { status: 201 },
    path: '/cases/history',
    problems: [{ status: 400, code: 'HISTORY_IMPORT_INVALID', detail: '1 baris ditolak (3); tidak ada yang dicatat', errors: [{ field: 'baris 3', message: 'baris 3, kolom "started at": bukan waktu' }] }, 403],
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Makes the import retryable: a retry of the same file with the same key returns the first result instead of refusing its cases as already recorded' })
  @HttpCode(201)
  @Roles(...HISTORY_IMPORTERS)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_BYTES, files: 1 } }))
  @ApiConsumes('text/csv', 'multipart/form-data')
  async import(
    @CurrentUser() user: AuthenticatedUser,
    @Req() req: Request,
    @UploadedFile() file: Express.Multer.File | undefined,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ): Promise<ImportCaseHistoryResult> {
    const type = (req.headers['content-type'] ?? '').toLowerCase();
    let csv: string;
    let fileName = 'riwayat.csv';
    if (file) {
      csv = file.buffer.toString('utf8');
      fileName = file.originalname || fileName;
    } else if (type.startsWith('text/csv') || type.startsWith('text/plain') || type.startsWith('application/csv')) {
      csv = await readText(req);
      const header = req.headers['content-disposition'];
      fileName = /filename="?([^";]+)"?/.exec(typeof header === 'string' ? header : '')?.[1] ?? fileName;
    } else {
      throw new ProblemException({
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
        detail: 'Kirim berkas riwayat sebagai text/csv, atau sebagai kolom "file" pada multipart/form-data.',
      });
    }
    return this.commands.execute<ImportCaseHistoryCommand, ImportCaseHistoryResult>(new ImportCaseHistoryCommand(user, csv, fileName, idempotencyKey));
  }
}
