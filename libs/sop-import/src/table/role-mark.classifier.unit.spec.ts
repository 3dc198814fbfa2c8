import { classifyMark } from './role-mark.classifier';

describe('classifyMark', () => {
  it('reads the decision labels as the copy leaves them', () => {
    expect(['Ya', 'YA.', '(ya)', ' Ya: '].map(classifyMark)).toEqual(['yes', 'yes', 'yes', 'yes']);
    expect(['Tidak', 'TIDAK', '(Tidak)', 'Tdk.'].map(classifyMark)).toEqual(['no', 'no', 'no', 'no']);
    expect(['Ya Tidak', 'Ya/Tidak', 'tidak / ya'].map(classifyMark)).toEqual(['yesno', 'yesno', 'yesno']);
  });

  it('keeps shapes, marks and real text apart from labels', () => {
    expect(['▭', '○', '+', '', 'Yayasan', 'Tidak jelas'].map(classifyMark)).toEqual(['shape', 'connector', 'mark', 'none', 'text', 'text']);
  });
});
