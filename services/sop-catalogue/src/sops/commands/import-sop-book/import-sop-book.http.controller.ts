/// <reference types="multer" />
import { Body, Controller, HttpCode, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { validationError } from '@jejak/domain-kit';
import { ApiEndpoint, CurrentUser, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import { SOP_DRAFTERS } from '../../sop-write.roles';
import { ImportSopBookCommand } from './import-sop-book.command';
import type { ImportSopBookResult } from './import-sop-book.handler';
import { ImportSopBookRequest } from './import-sop-book.request.dto';
import { SOP_ID_EXAMPLE, SopProblems } from '../../sop-api.docs';

const MAX_BYTES = 5 * 1024 * 1024;

@ApiTags('SOP import')
@ApiBearerAuth()
@Controller('sop-imports')
export class ImportSopBookHttpController {
  constructor(private readonly commands: CommandBus) {}

  /**
   * Uploads an SOP book (text copied out of Word/PDF, as in the seeds) as multipart field `file`.
   * Returns the import report (identity fields, steps, normalised waktu, warnings with line numbers)
   * and the drafts created. Imports land as drafts; `dryRun=true` only reports.
   */
  @Post()
  @ApiEndpoint({
    summary: 'Import an SOP book',
    description:
      'Uploads an SOP book (text copied out of Word/PDF, as in docs/seeds) as multipart field `file`. Returns the import report ' +
      '(identity fields, steps, normalised waktu, warnings with line numbers) and the drafts: every readable SOP page becomes a draft, ' +
      'every entry of the book\'s list without a page a catalogue entry to complete. Importing the same book again creates nothing ' +
      '(`already_imported`). Nothing is approved by an import; `dryRun=true` only reports. Drafters.',
    body: {
      schema: {
        type: 'object',
        required: ['file'],
        properties: { file: { type: 'string', format: 'binary' }, unit: { type: 'string', default: 'Sekretariat' }, dryRun: { type: 'boolean', default: false } },
      },
      example: { file: 'kalbar-sop-peningkatan-pelayanan-plut.txt', unit: 'UPT PLUT KUMKM', dryRun: false },
    },
    response: {
      description: 'Import report and drafts',
      example: { report: { sops: [], index: [] }, drafts: [{ sopId: SOP_ID_EXAMPLE, number: '800/012/PLUT/2024', name: 'Pendampingan Usaha Mikro di PLUT', result: 'created', steps: 28, warnings: 2 }] },
    },
    path: '/sop-imports',
    problems: [
      { status: 400, code: 'IMPORT_FILE_MISSING', detail: 'Berkas SOP belum diunggah', errors: [{ field: 'file', message: 'unggah berkas teks SOP pada kolom "file"' }], summary: 'No file was uploaded' },
      { status: 400, code: 'IMPORT_FILE_NOT_TEXT', detail: 'Berkas bukan teks SOP yang dapat dibaca', errors: [{ field: 'file', message: 'berkas harus berupa teks (UTF-8) hasil salinan tabel SOP' }], summary: 'The file is not text' },
      400,
      403,
      SopProblems.readOnly,
      { status: 413, code: 'PAYLOAD_TOO_LARGE', detail: 'Isi permintaan melebihi batas ukuran yang diizinkan.', summary: 'The file is larger than 5 MB' },
    ],
  })
  @HttpCode(200)
  @Roles(...SOP_DRAFTERS)
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_BYTES, files: 1 } }))
  async import(
    @CurrentUser() user: AuthenticatedUser,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: ImportSopBookRequest,
  ): Promise<ImportSopBookResult> {
    if (!file) throw validationError('IMPORT_FILE_MISSING', 'Berkas SOP belum diunggah', [{ field: 'file', message: 'unggah berkas teks SOP pada kolom "file"' }]);
    const text = file.buffer.toString('utf8');
    if (text.includes('\u0000') || text.trim() === '') {
      throw validationError('IMPORT_FILE_NOT_TEXT', 'Berkas bukan teks SOP yang dapat dibaca', [{ field: 'file', message: 'berkas harus berupa teks (UTF-8) hasil salinan tabel SOP' }]);
    }
    return this.commands.execute(new ImportSopBookCommand(user, file.originalname, text, body.unit ?? 'Sekretariat', body.dryRun ?? false));
  }
}
