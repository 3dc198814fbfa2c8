import { readIndonesianDate } from './indonesian-date.parser';

describe('readIndonesianDate', () => {
  it.each([
    ['12 Desember 2019', '2019-12-12'],
    ['1 Februari 2023', '2023-02-01'],
    ['22 Juli 2020', '2020-07-22'],
    [': 04 Januari 2023', '2023-01-04'],
    ['4 Pebruari 2021', '2021-02-04'],
    ['10 Nopember 2022', '2022-11-10'],
    ['12-12-2019', '2019-12-12'],
    ['2019-12-12', '2019-12-12'],
  ])('reads "%s" as %s', (raw, iso) => {
    expect(readIndonesianDate(raw)).toEqual({ iso, exact: true });
  });

  it('mends a month the copy split across cells ("04 Janua ri 2023")', () => {
    expect(readIndonesianDate('04 Janua ri 2023')).toEqual({ iso: '2023-01-04', exact: true });
  });

  it('reads a misspelt month approximately and says so', () => {
    expect(readIndonesianDate('04 Januri 2023')).toEqual({ iso: '2023-01-04', exact: false });
  });

  it('gives no date for empty, unreadable or impossible text', () => {
    expect(readIndonesianDate('').iso).toBeNull();
    expect(readIndonesianDate('Menyesuaikan').iso).toBeNull();
    expect(readIndonesianDate('31 Februari 2023').iso).toBeNull();
    expect(readIndonesianDate('12 Xyzabc 2019').iso).toBeNull();
  });

  it('reads a written month with a two-digit year ("31-Aug-23") as 20yy', () => {
    expect(readIndonesianDate('31-Aug-23')).toEqual({ iso: '2023-08-31', exact: true });
    expect(readIndonesianDate('4 Jan 23')).toEqual({ iso: '2023-01-04', exact: true });
    expect(readIndonesianDate('02-Okt-19')).toEqual({ iso: '2019-10-02', exact: true });
    expect(readIndonesianDate('31-Feb-23').iso).toBeNull();
  });
});
