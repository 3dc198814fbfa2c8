/// <reference types="multer" />
import { Body, Controller, HttpCode, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { validationError } from '@jejak/domain-kit';
import { ApiEndpoint, CurrentUser, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import { SOP_DRAFTERS } from '../../sop-write.roles';
import { ImportSopBookCommand } from './import-sop-book.command';
import type { ImportSopBookResult } from './import-sop-book.handler';
import { ImportSopBookRequest } from './import-sop-book.request.dto';
import { SOP_ID_EXAMPLE, SopProblems } from '../../sop-api.docs';
import { SopBookUploadInterceptor } from './sop-book-upload.interceptor';

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
      '(identity fields, steps, normalised waktu, warnings with line numbers) and the drafts: every SOP page with a step table becomes a draft, ' +
      'with the importer\'s proposals (pelaksana of steps without one, "tidak" targets of decisions without one, each with its quoted ' +
      'evidence) stored in the draft to confirm or reject (`GET /sops/{id}/gaps`). Entries of the book\'s list without a step table ' +
      'are returned in `indexOnly` with a warning (reason `no-page` or `no-step-table`) and are not drafted. Importing the same book again creates nothing ' +
      '(`already_imported`). Nothing is approved by an import; `dryRun=true` only reports (exactly `true` or `false`). ' +
      'The book is read off the request thread, at most 5 MB (413 `SOP_IMPORT_TOO_LARGE`) and 30 s (422 `SOP_IMPORT_TIMEOUT`). Drafters.',
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
      example: { report: { sops: [], index: [] }, drafts: [{ sopId: SOP_ID_EXAMPLE, number: '800/012/PLUT/2024', name: 'Pendampingan Usaha Mikro di PLUT', result: 'created', steps: 28, warnings: 2, proposals: 9 }],
        indexOnly: [
          {
            no: 12, number: '188.4/12/408.48/2023', name: 'Pembinaan Koperasi', unit: 'Bidang Koperasi', reason: 'no-step-table', line: 4120,
            warning: 'Daftar SOP no. 12 "Pembinaan Koperasi": halaman SOP tidak memiliki tabel langkah; dicatat sebagai entri daftar saja',
          },
        ],
      },
    },
    path: '/sop-imports',
    problems: [
      { status: 400, code: 'IMPORT_FILE_MISSING', detail: 'Berkas SOP belum diunggah', errors: [{ field: 'file', message: 'unggah berkas teks SOP pada kolom "file"' }], summary: 'No file was uploaded' },
      { status: 400, code: 'IMPORT_FILE_NOT_TEXT', detail: 'Berkas bukan teks SOP yang dapat dibaca', errors: [{ field: 'file', message: 'berkas harus berupa teks (UTF-8) hasil salinan tabel SOP' }], summary: 'The file is not text' },
      400,
      403,
      SopProblems.readOnly,
      { status: 400, code: 'VALIDATION_FAILED', detail: 'Isian tidak valid pada 1 kolom: dryRun.', errors: [{ field: 'dryRun', message: 'dryRun harus bernilai true atau false' }], summary: 'dryRun is not exactly true or false' },
      { status: 413, code: 'SOP_IMPORT_TOO_LARGE', detail: 'Berkas SOP terlalu besar (5 MB); batasnya 5 MB. Pecah buku SOP menjadi beberapa berkas lalu impor satu per satu.', errors: [{ field: 'file', message: 'Berkas SOP terlalu besar' }], summary: 'The file is larger than 5 MB' },
      { status: 422, code: 'SOP_IMPORT_TIMEOUT', detail: 'Impor buku SOP dihentikan karena melebihi batas waktu 30 detik. Periksa apakah berkasnya benar-benar salinan teks buku SOP, atau pecah menjadi beberapa berkas.', summary: 'The import ran past its time limit' },
      { status: 422, code: 'SOP_IMPORT_FAILED', detail: 'Buku SOP tidak dapat diproses. Periksa apakah berkasnya salinan teks buku SOP yang utuh.', summary: 'The importer could not process the book' },
    ],
  })
  @HttpCode(200)
  @Roles(...SOP_DRAFTERS)
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(SopBookUploadInterceptor)
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
