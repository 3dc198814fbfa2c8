import { checkNikKoperasi } from '.';

describe('NIK koperasi (shape from the permit type)', () => {
  const shape = { digits: 16 };
  it('accepts the configured number of digits and prefix', () => {
    expect(checkNikKoperasi('3501020030012345', shape)).toEqual({ ok: true, value: '3501020030012345' });
    expect(checkNikKoperasi('3501020030012345', { digits: 16, prefix: '3501' }).ok).toBe(true);
    expect(checkNikKoperasi('12345678', { digits: 8 }).ok).toBe(true);
  });
  it.each([
    ['350102003001234', shape, 'NIK koperasi harus 16 digit angka'],
    ['35010200300123X5', shape, 'NIK koperasi harus 16 digit angka'],
    ['0000000000000000', shape, 'NIK koperasi tidak boleh seluruhnya nol'],
    ['6101020030012345', { digits: 16, prefix: '3501' }, 'NIK koperasi harus diawali 3501'],
  ])('refuses %p', (value, s, reason) => {
    expect(checkNikKoperasi(value, s)).toEqual({ ok: false, reason });
  });
});
