import { roleForReference, rolesNamedInActivity } from './pelaksana.inferrer';

const kalbar = ['Fungsional Umum', 'Pendamping PLUT', 'Kasubid', 'Kepala Bidang', 'Sekretaris', 'Kepala Dinas'];

describe('rolesNamedInActivity', () => {
  it('reads the subject that opens the step, in the spelling of the role columns', () => {
    expect(rolesNamedInActivity('Sekretaris menerima surat undangan', kalbar)).toEqual(['Sekretaris']);
    expect(rolesNamedInActivity('Kabid menindaklanjuti surat undangan', kalbar)).toEqual(['Kepala Bidang']);
    expect(rolesNamedInActivity('Kasi meminta fungsional umum untuk menggandakan SK', kalbar)).toEqual(['Kasubid']);
  });

  it('reads subjects joined by "bersama", "dan" or "/"', () => {
    expect(rolesNamedInActivity('Kasi bersama Pendamping PLUT melaksanakan kegiatan', kalbar)).toEqual(['Pendamping PLUT', 'Kasubid']);
    expect(rolesNamedInActivity('Pelaku usaha/pemohon mengajukan permohonan Izin', ['Pemohon', 'Tim Verifikator'])).toEqual(['Pemohon']);
  });

  it('expands abbreviations on both sides (Kadis, UMKM, "&")', () => {
    expect(rolesNamedInActivity('Kepala Dinas menugaskan Kepala UPT', ['Petugas', 'Kepala UPT', 'Kadis'])).toEqual(['Kadis']);
    expect(rolesNamedInActivity('Koperasi & UMKM melakukan pembayaran ke Bank', ['Koperasi & Usaha Mikro Kecil Menengah', 'Bank'])).toEqual(['Koperasi & Usaha Mikro Kecil Menengah']);
  });

  it('prefers the longer role ("Petugas Surat Masuk" over "Petugas")', () => {
    expect(rolesNamedInActivity('Petugas Surat Masuk mencatat surat', ['Petugas', 'Petugas Surat Masuk'])).toEqual(['Petugas Surat Masuk']);
  });

  it('reads an agent after "oleh", but not in a relative clause ("yang telah ditandatangani oleh")', () => {
    expect(rolesNamedInActivity('Menelaah surat pengantar penelitian oleh Kepala Dinas untuk memberikan disposisi', ['Kepala Dinas', 'Sekretariat'])).toEqual(['Kepala Dinas']);
    expect(rolesNamedInActivity('Menindaklanjuti SK Panitia yang telah ditandatangani oleh Kadis', kalbar)).toEqual([]);
  });

  it('reads nobody from a step that names no performer', () => {
    expect(rolesNamedInActivity('Menandatangani surat untuk narasumber', kalbar)).toEqual([]);
    expect(rolesNamedInActivity('Proposal dari Koperasi & Usaha Mikro Kecil Menengah dinyatakan lengkap', ['Koperasi & Usaha Mikro Kecil Menengah', 'Petugas'])).toEqual([]);
  });
});

describe('roleForReference', () => {
  it('resolves "bidang" and abbreviations to a role column', () => {
    expect(roleForReference('bidang', kalbar)).toBe('Kepala Bidang');
    expect(roleForReference('Kabid', kalbar)).toBe('Kepala Bidang');
    expect(roleForReference('Tata Usaha', kalbar)).toBeNull();
  });
});
