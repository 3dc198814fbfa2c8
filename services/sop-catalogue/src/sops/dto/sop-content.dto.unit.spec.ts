import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { flattenValidationErrors } from '@jejak/nest-platform';
import { SopIdentityDto } from './sop-content.dto';

const identity = (dates: Record<string, unknown>) =>
  plainToInstance(SopIdentityDto, {
    instansi: 'Dinas Koperasi dan UKM', unit: 'Bidang Koperasi', nomor: null, nama: 'Pengesahan Akta Koperasi',
    tanggalPembuatan: '2024-01-02', tanggalRevisi: null, tanggalEfektif: '2024-01-10',
    disahkanOleh: null, dasarHukum: [], keterkaitan: [], peringatan: '', kualifikasiPelaksana: [], peralatanPerlengkapan: [], pencatatanPendataan: '',
    ...dates,
  });

describe('SOP identity dates', () => {
  it.each(['tanggalPembuatan', 'tanggalRevisi', 'tanggalEfektif'])('a wrong %s names that field and the format YYYY-MM-DD', (field) => {
    const errors = flattenValidationErrors(validateSync(identity({ [field]: '31-Aug-23' })));
    expect(errors).toEqual([{ field, message: `${field} harus berupa tanggal yang ada, ditulis YYYY-MM-DD (misalnya 2024-02-29)` }]);
  });

  it('accepts real dates and null', () => {
    expect(validateSync(identity({ tanggalRevisi: '2024-02-29' }))).toEqual([]);
  });
});
