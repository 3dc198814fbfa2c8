import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ProblemFieldErrorSchema {
  @ApiPropertyOptional({ description: 'Path of the offending input (`steps.2.waktu`) or a header name (`If-Match`)', example: 'content.identity.nomor' })
  field?: string;

  @ApiProperty({ description: 'What is wrong, in Bahasa Indonesia', example: 'nomor SOP wajib diisi' })
  message!: string;
}

/** RFC 7807 problem details as every Jejak service sends them (`application/problem+json`). */
export class ProblemDetailsSchema {
  @ApiProperty({ description: 'URN of the problem type, derived from `code`', example: 'urn:jejak:problem:validation-failed' })
  type!: string;

  @ApiProperty({ description: 'Short summary users read (Bahasa Indonesia)', example: 'Permintaan tidak valid' })
  title!: string;

  @ApiProperty({ description: 'HTTP status', example: 400 })
  status!: number;

  @ApiProperty({ description: 'Explanation of this occurrence users read (Bahasa Indonesia)' })
  detail!: string;

  @ApiProperty({ description: 'The request path', example: '/sops' })
  instance!: string;

  @ApiProperty({ description: 'Stable machine-readable code (English)', example: 'VALIDATION_FAILED' })
  code!: string;

  @ApiProperty({ type: [ProblemFieldErrorSchema], description: 'Every offending field (empty when none applies)' })
  errors!: ProblemFieldErrorSchema[];

  @ApiProperty({ description: 'Correlation id of the request: quote it when reporting a problem' })
  correlationId!: string;
}

