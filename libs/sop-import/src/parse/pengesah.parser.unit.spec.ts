import { parsePengesah } from './pengesah.parser';

describe('parsePengesah', () => {
  it('takes the underlined name, strips the markup and keeps the 18-digit NIP', () => {
    expect(parsePengesah('Kepala Dinas Koperasi dan UKM <u>Dr. Andromeda Qomariah, M.M.</u> NIP. 196801171994032003')).toEqual({
      pengesah: { nama: 'Dr. Andromeda Qomariah, M.M.', nip: '196801171994032003', jabatan: 'Kepala Dinas Koperasi dan UKM' },
      problems: [],
      rest: '',
    });
  });

  it('finds the name by its academic title, drops the rank and joins a spaced NIP', () => {
    const reading = parsePengesah(
      'Kepala Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat  Ir. ANSFRIDUS J. ANDJIOE, ME Pembina Utama Madya NIP/19660719 199311 1 002',
    );
    expect(reading.pengesah).toEqual({
      nama: 'Ir. ANSFRIDUS J. ANDJIOE, ME',
      nip: '196607191993111002',
      jabatan: 'Kepala Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat',
    });
    expect(reading.problems).toEqual([]);
  });

  it('finds a name written in capitals before the rank, and returns what follows the NIP', () => {
    const reading = parsePengesah('Kepala Dinas Koperasi, Usaha Mikro dan Perindustrian Kabupaten Pacitan PRAYITNO, ST, MT. Pembina Tingkat I NIP 19680610 199202 1 002 PENGAJUAN PROPOSAL');
    expect(reading.pengesah).toEqual({ nama: 'PRAYITNO, ST, MT.', nip: '196806101992021002', jabatan: 'Kepala Dinas Koperasi, Usaha Mikro dan Perindustrian Kabupaten Pacitan' });
    expect(reading.rest).toBe('PENGAJUAN PROPOSAL');
  });

  it('reports a NIP that is not 18 digits and a position that is not one', () => {
    const reading = parsePengesah('Usaha Mikro dan Perind Kabupaten Pacitan PRAYITNO, ST, MT Pempina Tingkat I NIP, 19680610 199202 1');
    expect(reading.pengesah?.nip).toBe('196806101992021');
    expect(reading.problems).toEqual(['NIP "19680610 199202 1" tidak 18 digit', 'jabatan pengesah tampak tidak lengkap: "Usaha Mikro dan Perind Kabupaten Pacitan"']);
  });

  it('uses position text the copy moved elsewhere on the line', () => {
    const reading = parsePengesah('PRAYITNO, ST. MT. Pembina Tingkat I NIP. 19680610 199202 1 002', 'Kepala Dinas Koperasi, Usaha Mikro dan Perindustria AH Kabupaten Pacitan');
    expect(reading.pengesah?.jabatan).toBe('Kepala Dinas Koperasi, Usaha Mikro dan Perindustria AH Kabupaten Pacitan');
  });

  it('gives no pengesah for text that names none', () => {
    expect(parsePengesah('PENAGIHAN PERTAMA')).toEqual({ pengesah: null, problems: ['pengesah tidak terbaca: "PENAGIHAN PERTAMA"'], rest: '' });
  });
});
