import { approverIsPengesah } from './pengesah.matcher';

const approver = (nama: string, nip: string | null) => ({ userId: 'u-1', nama, nip, jabatan: 'Kepala Dinas' });

describe('approverIsPengesah', () => {
  const kalbar = { nama: 'Ir. ANSFRIDUS J. ANDJIOE, ME', nip: 'NIP/19660719 199311 1 002', jabatan: 'Kepala Dinas Koperasi, UKM Provinsi Kalimantan Barat' };

  it('matches on NIP digits when both have one, whatever the names', () => {
    expect(approverIsPengesah(approver('Ansfridus Andjioe', '196607191993111002'), kalbar)).toBe(true);
    expect(approverIsPengesah(approver('Ir. ANSFRIDUS J. ANDJIOE, ME', '196607191993111003'), kalbar)).toBe(false);
  });

  it('matches on the name without titles when a NIP is missing', () => {
    const jatim = { nama: 'Dr. Andromeda Qomariah, M.M.', nip: null, jabatan: 'Kepala Dinas Koperasi dan UKM' };
    expect(approverIsPengesah(approver('Andromeda Qomariah', '196801171994032003'), jatim)).toBe(true);
    expect(approverIsPengesah(approver('ANDROMEDA QOMARIAH, S.Pd., M.Si.', null), jatim)).toBe(true);
    expect(approverIsPengesah(approver('Andromeda Oomariah', null), jatim)).toBe(false);
    expect(approverIsPengesah(approver('Andromeda', null), jatim)).toBe(false);
  });

  it('never matches an empty name', () => {
    expect(approverIsPengesah(approver('Dr.', null), { nama: 'Dr.', nip: null, jabatan: 'x' })).toBe(false);
  });
});
