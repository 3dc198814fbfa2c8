import { laneKindOf, platformRolesFor, ruleFor, unmappedSopRoles, validateRoleMapping } from './role-mapping';
import { DEFAULT_ROLE_MAPPING } from './role-mapping.defaults';

/** Every lane (pelaksana column or pelaksana the importer proposes) of the seed SOP books, as the importer reads them. */
const SEED_LANES = [
  'Admin', 'Bank', 'Bid. Perindustrian', 'Bidang Perindustrian', 'Bidang', 'Bupati', 'Fungsional Umum', 'Kadis', 'Kasubid', 'Kepala Bidang',
  'Kepala Dinas', 'Kepala UPT', 'Konsultan', 'Koperasi & Usaha Mikro Kecil Menengah', 'Pemohon', 'Pendamping PLUT', 'Peneliti',
  'Pengelola Dana Bergulir', 'Petugas', 'Sekretariat', 'Sekretaris', 'Staf', 'Tim Survey', 'Tim Verifikator', 'UMKM', 'Unit Kerja',
  // lanes the seeds' texts name (working teams, outside parties)
  'Ketua Tim Kerja', 'Anggota Tim Kerja', 'Bank Pelaksana', 'Kementerian Koperasi dan UKM RI', 'OSS', 'Pelaku usaha',
];

describe('default role mapping: lanes of the seeds', () => {
  it('maps every lane of the seed SOPs', () => {
    expect(unmappedSopRoles(DEFAULT_ROLE_MAPPING, SEED_LANES)).toEqual([]);
  });

  it.each([
    ['Ketua Tim Kerja', 'team', ['KEPALA_BIDANG', 'KASI', 'STAF']],
    ['Anggota Tim Kerja', 'team', ['KASI', 'STAF', 'PETUGAS']],
    ['Tim Survey', 'team', ['KASI', 'STAF', 'PETUGAS']],
    ['Pemohon', 'external', ['PETUGAS']],
    ['Bank Pelaksana', 'external', ['PETUGAS', 'STAF']],
    ['Kementerian Koperasi dan UKM RI', 'external', ['STAF', 'KASI']],
    ['OSS', 'external', ['PETUGAS', 'STAF']],
    ['Bupati', 'external', ['SEKRETARIS', 'STAF']],
    ['Kepala Dinas', 'internal', ['KEPALA_DINAS']],
    ['Tim Verifikator', 'internal', ['PETUGAS']],
    ['Unit Kerja', 'internal', ['KEPALA_BIDANG', 'KASI', 'STAF']],
  ])('"%s" is a %s lane mapped to %j', (lane, kind, roles) => {
    expect(laneKindOf(DEFAULT_ROLE_MAPPING, lane)).toBe(kind);
    expect(platformRolesFor(DEFAULT_ROLE_MAPPING, lane)).toEqual(roles);
  });

  it('has no kind for an unmapped lane', () => {
    expect(laneKindOf(DEFAULT_ROLE_MAPPING, 'Camat')).toBeNull();
    expect(ruleFor(DEFAULT_ROLE_MAPPING, '')).toBeNull();
  });

  it('does not let a lane that names a unit swallow the jabatan that contains the word', () => {
    expect(platformRolesFor(DEFAULT_ROLE_MAPPING, 'Kepala Bidang Koperasi')).toEqual(['KEPALA_BIDANG']);
    expect(platformRolesFor(DEFAULT_ROLE_MAPPING, 'Pelaksana')).toEqual(['STAF']);
  });
});

describe('validateRoleMapping: lane marks', () => {
  it('names a mark that is not true/false, and a rule marked both external and team', () => {
    const problems = validateRoleMapping({
      rules: [
        { sopRoles: ['Bank'], platformRoles: ['STAF'], external: 'ya' },
        { sopRoles: ['Tim'], platformRoles: ['STAF'], external: true, team: true },
        { sopRoles: ['Camat'], platformRoles: ['STAF'], note: 5 },
      ],
    });
    expect(problems.map((p) => p.field)).toEqual(['rules[0].external', 'rules[1].team', 'rules[2].note']);
  });
});
