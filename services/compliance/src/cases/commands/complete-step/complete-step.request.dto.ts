import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NestedObject, TEXT_LIMITS } from '@jejak/nest-platform';
import { ArrayMaxSize, IsArray, IsBoolean, IsDefined, IsString, MaxLength } from 'class-validator';
import { OptionalNotNull, OptionalText } from '../../../shared/request-validation';

/** What shows that an outside party did its step: a reference or an uploaded document's id (at least one). */
export class ExternalEvidenceRequest {
  @ApiPropertyOptional({ example: 'Surat Bank Kalbar 045/KRD/II/2026', description: 'Reference of the evidence (letter number, OSS receipt...)' })
  @OptionalText(500)
  reference?: string;

  @ApiPropertyOptional({ example: 'doc-7f3a2c', description: 'Id of the uploaded document that shows it' })
  @OptionalText(TEXT_LIMITS.code)
  documentId?: string;
}

export class CompleteStepRequest {
  @ApiProperty({ example: ['RKA/DPA'], description: "The step's kelengkapan (mutu baku) the pelaksana checked as present" })
  @IsDefined() @IsArray() @IsString({ each: true }) @MaxLength(TEXT_LIMITS.name, { each: true }) @ArrayMaxSize(100)
  kelengkapanChecked!: string[];

  @ApiProperty({ description: "Whether the step's output (mutu baku) was produced" })
  @IsDefined() @IsBoolean()
  outputProduced!: boolean;

  @ApiPropertyOptional({ example: '800/012/KUKM/2026', description: 'Reference to the produced document (letter number, archive id)' })
  @OptionalText(500)
  documentRef?: string;

  @ApiPropertyOptional({
    type: ExternalEvidenceRequest,
    description: "Required for a step of an outside party (Pemohon, Bank Pelaksana...) recorded on its behalf: a reference or a document id",
  })
  @OptionalNotNull() @NestedObject(() => ExternalEvidenceRequest)
  evidence?: ExternalEvidenceRequest;
}
