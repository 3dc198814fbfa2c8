import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { ProblemException } from './problem.exception';
import { createValidationPipe } from './validation.pipe';

class LangkahDto {
  @IsString()
  kegiatan!: string;

  @IsString({ message: 'waktu harus ditulis, misalnya "15 Menit"' })
  waktu!: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  urutan?: number;
}

class SopDto {
  @IsString()
  @MaxLength(10)
  nomor!: string;

  @IsIn(['draft', 'final'])
  status!: string;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => LangkahDto)
  steps!: LangkahDto[];
}

async function problemOf(value: unknown): Promise<ProblemException['problem']> {
  try {
    await createValidationPipe().transform(value, { type: 'body', metatype: SopDto });
  } catch (error) {
    if (error instanceof ProblemException) return error.problem;
    throw error;
  }
  throw new Error('expected a validation failure');
}

describe('createValidationPipe', () => {
  it('transforms a valid body into the DTO class', async () => {
    const dto = await createValidationPipe().transform({ nomor: '000.8/1', status: 'draft', steps: [{ kegiatan: 'A', waktu: '1 hari' }] }, { type: 'body', metatype: SopDto });
    expect(dto).toBeInstanceOf(SopDto);
    expect((dto as SopDto).steps[0]).toBeInstanceOf(LangkahDto);
  });

  it('lists every offending field with its path, in Indonesian unless the DTO wrote its own message', async () => {
    const problem = await problemOf({
      nomor: 'terlalu-panjang-sekali',
      status: 'arsip',
      asal: 'x',
      steps: [{ kegiatan: 'A', waktu: '1 hari' }, { kegiatan: 'B', waktu: 2, urutan: 0, catatan: 'y' }],
    });
    expect(problem).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { field: 'nomor', message: 'nomor maksimal 10 karakter' },
        { field: 'status', message: 'status harus salah satu dari: draft, final' },
        { field: 'asal', message: 'kolom asal tidak dikenal; hapus kolom ini dari permintaan' },
        { field: 'steps.1.waktu', message: 'waktu harus ditulis, misalnya "15 Menit"' },
        { field: 'steps.1.urutan', message: 'urutan tidak boleh kurang dari 1' },
        { field: 'steps.1.catatan', message: 'kolom catatan tidak dikenal; hapus kolom ini dari permintaan' },
      ]),
    );
    expect(problem.errors).toHaveLength(6);
    expect(problem.detail).toMatch(/^Isian tidak valid pada 6 kolom: /);
    for (const field of ['nomor', 'status', 'asal', 'steps.1.waktu', 'steps.1.urutan', 'steps.1.catatan']) expect(problem.detail).toContain(field);
  });

  it('names a nested value of the wrong shape', async () => {
    const problem = await problemOf({ nomor: '1', status: 'draft', steps: 'langkah' });
    expect(problem.errors).toEqual(expect.arrayContaining([{ field: 'steps', message: 'steps harus berupa daftar (array)' }]));
  });
});
