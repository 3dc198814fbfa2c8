import { identityFont, identityHeight, IDENTITY_TYPE } from './sop-identity.layout';
import { SHEET } from './page-geometry';
import { changed } from '../domain/testing/sop-content.builder';
import { jatimInformasiSop } from '../domain/testing/jatim-informasi.fixture';
import { kalbarPlutSop } from '../domain/testing/kalbar-plut.fixture';

describe('identity sheet sizing', () => {
  it('keeps the full font when the identity fits', () => {
    expect(identityFont(kalbarPlutSop().identity)).toEqual({ size: IDENTITY_TYPE.size, line: IDENTITY_TYPE.line });
    expect(identityFont(jatimInformasiSop().identity).size).toBe(IDENTITY_TYPE.size);
  });

  it('grows with the lists and shrinks the font for a long Dasar Hukum', () => {
    const long = changed(jatimInformasiSop(), (sop) => {
      sop.identity.dasarHukum = [...sop.identity.dasarHukum, ...sop.identity.dasarHukum, ...sop.identity.dasarHukum];
    }).identity;
    const full = { size: IDENTITY_TYPE.size, line: IDENTITY_TYPE.line };
    expect(identityHeight(long, full)).toBeGreaterThan(identityHeight(jatimInformasiSop().identity, full));
    const font = identityFont(long);
    expect(font.size).toBeLessThan(IDENTITY_TYPE.size);
    expect(identityHeight(long, font)).toBeLessThanOrEqual(SHEET.height);
  });
});
