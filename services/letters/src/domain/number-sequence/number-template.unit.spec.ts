import { formatNumber, templateProblems, toRomanMonth, validateTemplate } from './number-template';
import { expectRefusal } from '../testing/decider-spec';

describe('formatNumber', () => {
  it('fills the Jawa Timur style template: klasifikasi / nomor / unit', () => {
    expect(formatNumber('{klasifikasi} / {nomor} / {unit}', { nomor: 1622, klasifikasi: '000.8', unit: 'DISKOPUKM.B' })).toBe('000.8 / 1622 / DISKOPUKM.B');
  });

  it('fills the Kalimantan Barat style template with the month in roman numerals', () => {
    expect(formatNumber('{klasifikasi} / {nomor} / KUKRU - {bulan_romawi} - 1', { nomor: 917, klasifikasi: '518', bulan: 4 })).toBe('518 / 917 / KUKRU - IV - 1');
  });

  it('fills {tahun} and {bulan}', () => {
    expect(formatNumber('{nomor}/{unit}/{bulan}/{tahun}', { nomor: 7, unit: 'SEKR', bulan: 12, tahun: 2024 })).toBe('7/SEKR/12/2024');
  });

  it('converts every month to roman numerals and rejects a 13th', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(toRomanMonth).join(' ')).toBe('I II III IV V VI VII VIII IX X XI XII');
    expectRefusal(() => toRomanMonth(13), { kind: 'validation', code: 'NUMBER_PARTS_INVALID', field: 'parts.bulan' });
  });

  it('rejects an unknown placeholder naming the field template', () => {
    expectRefusal(() => formatNumber('{klasifikasi} / {nomor} / {bidang}', { nomor: 1, klasifikasi: '000.8' }), {
      kind: 'validation',
      code: 'NUMBER_TEMPLATE_INVALID',
      field: 'template',
    });
  });

  it('rejects a template without {nomor}, or with it twice: numbers would not be unique', () => {
    expect(templateProblems('{klasifikasi} / {unit}')).toHaveLength(1);
    expect(templateProblems('{nomor}-{nomor}')).toHaveLength(1);
    expectRefusal(() => validateTemplate('{klasifikasi}'), { kind: 'validation', code: 'NUMBER_TEMPLATE_INVALID', field: 'template' });
  });

  it('rejects unbalanced braces and an empty template', () => {
    expectRefusal(() => validateTemplate('{nomor} / {unit'), { kind: 'validation', code: 'NUMBER_TEMPLATE_INVALID', field: 'template' });
    expectRefusal(() => validateTemplate('  '), { kind: 'validation', code: 'NUMBER_TEMPLATE_INVALID', field: 'template' });
  });

  it('accepts a valid template', () => {
    expect(templateProblems('{klasifikasi} / {nomor} / {unit}')).toEqual([]);
  });

  it('fails when the template needs a part that is missing', () => {
    expectRefusal(() => formatNumber('{klasifikasi} / {nomor} / {unit}', { nomor: 3, klasifikasi: '000.8', unit: ' ' }), {
      kind: 'validation',
      code: 'NUMBER_PARTS_MISSING',
      field: 'parts.unit',
    });
    expectRefusal(() => formatNumber('{nomor}/{bulan_romawi}', { nomor: 3 }), { kind: 'validation', code: 'NUMBER_PARTS_MISSING', field: 'parts.bulan' });
  });

  it('refuses a number that is not a positive whole number', () => {
    expectRefusal(() => formatNumber('{nomor}', { nomor: 0 }), { kind: 'validation', code: 'NUMBER_PARTS_INVALID', field: 'parts.nomor' });
    expectRefusal(() => formatNumber('{nomor}', { nomor: 1.5 }), { kind: 'validation', code: 'NUMBER_PARTS_INVALID', field: 'parts.nomor' });
  });
});
