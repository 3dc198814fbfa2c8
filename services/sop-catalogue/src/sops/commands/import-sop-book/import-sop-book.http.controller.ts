/// <reference types="multer" />
import { Body, Controller, HttpCode, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { validationError } from '@jejak/domain-kit';
import { CurrentUser, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import { SOP_DRAFTERS } from '../../sop-write.roles';
import { ImportSopBookCommand } from './import-sop-book.command';
import type { ImportSopBookResult } from './import-sop-book.handler';
import { ImportSopBookRequest } from './import-sop-book.request.dto';

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
  @HttpCode(200)
  @Roles(...SOP_DRAFTERS)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' }, unit: { type: 'string' }, dryRun: { type: 'boolean' } } } })
  @ApiOkResponse({ description: 'Import report and drafts' })
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
