import type { SopContent } from '@jejak/contracts';
import { versionEffectiveOn, type KnownSop } from './sop-versions';

const content = {} as SopContent;
const sop = (retiredFrom: string | null = null): KnownSop => ({
  sopId: 's',
  tenant: '61',
  unit: 'Bidang',
  nomor: '1',
  nama: 'SOP',
  versions: [
    { version: 1, effectiveFrom: '2020-07-22', content },
    { version: 2, effectiveFrom: '2026-02-12', content },
  ],
  retiredFrom,
});

describe('versionEffectiveOn', () => {
  it('is the version with the latest effective date not after the day', () => {
    expect(versionEffectiveOn(sop(), '2020-07-21')).toBeNull();
    expect(versionEffectiveOn(sop(), '2026-02-11')?.version).toBe(1);
    expect(versionEffectiveOn(sop(), '2026-02-12')?.version).toBe(2);
  });

  it('is none once the SOP is retired', () => {
    expect(versionEffectiveOn(sop('2026-06-01'), '2026-05-31')?.version).toBe(2);
    expect(versionEffectiveOn(sop('2026-06-01'), '2026-06-01')).toBeNull();
  });
});
