import { NO_CASE_LANES } from '../case/case-lanes';
import { STAFF_ROLES } from './platform-role';
import { DEFAULT_ROLE_MAPPING } from './role-mapping.defaults';
import { stepEligibility } from './step-eligibility';

const siti = { userId: 'u-siti', name: 'Siti Rahmawati', jabatan: 'Staf' };

describe('stepEligibility', () => {
  it('is any staff for a step without pelaksana, and the mapped roles otherwise', () => {
    expect(stepEligibility(DEFAULT_ROLE_MAPPING, NO_CASE_LANES, { pelaksana: [] })).toEqual({ kind: 'any_staff', roles: [...STAFF_ROLES] });
    expect(stepEligibility(DEFAULT_ROLE_MAPPING, NO_CASE_LANES, { pelaksana: ['Ketua Tim Kerja', 'Camat'] })).toEqual({ kind: 'roles', roles: ['KEPALA_BIDANG', 'KASI', 'STAF'], unmapped: ['Camat'] });
    expect(stepEligibility(DEFAULT_ROLE_MAPPING, NO_CASE_LANES, { pelaksana: ['Camat'] })).toEqual({ kind: 'unmapped', unmapped: ['Camat'] });
  });

  it('names the outside party of an external lane and who records for it', () => {
    expect(stepEligibility(DEFAULT_ROLE_MAPPING, NO_CASE_LANES, { pelaksana: ['Bank Pelaksana'] })).toEqual({ kind: 'external', onBehalfOf: ['Bank Pelaksana'], roles: ['PETUGAS', 'STAF'] });
  });

  it("is the case's team members for a team lane with a team assigned, plus the roles of its other lanes", () => {
    const lanes = { teams: [{ lane: 'Anggota Tim Kerja', members: [siti] }], externalLanes: [] };
    expect(stepEligibility(DEFAULT_ROLE_MAPPING, lanes, { pelaksana: ['Anggota Tim Kerja', 'Kepala Dinas'] })).toEqual({ kind: 'team', members: [siti], roles: ['KEPALA_DINAS'] });
    expect(stepEligibility(DEFAULT_ROLE_MAPPING, lanes, { pelaksana: ['Anggota Tim Kerja'] })).toEqual({ kind: 'team', members: [siti], roles: [] });
  });
});
