import * as published from './index';
import { caseFactContracts, CASE_FACT_TYPES } from './cases';
import { ContractRegistry, DuplicateContractError, type IntegrationContract } from './contract';
import { LETTER_ANSWER_CONTRACTS } from './letters';
import { SOP_CONTRACTS, SopDrafted, SopVersionEffective } from './sop';
import { TOPICS } from './topics';

const isContract = (value: unknown): value is IntegrationContract<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string' && typeof (value as { validate?: unknown }).validate === 'function';

describe('integration-event contracts', () => {
  it('registers every SOP contract by its stable name', () => {
    const registry = new ContractRegistry().register(...SOP_CONTRACTS);
    expect(registry.types()).toEqual([
      'jejak.sop.approved.v1',
      'jejak.sop.drafted.v1',
      'jejak.sop.retired.v1',
      'jejak.sop.version-effective.v1',
    ]);
  });

  it('fails on a duplicate type name', () => {
    const registry = new ContractRegistry().register(SopDrafted);
    expect(() => registry.register(SopDrafted)).toThrow(DuplicateContractError);
  });

  it('accepts valid data', () => {
    expect(
      SopDrafted.validate({ sopId: 's1', version: 1, tenant: '35.01', unit: 'Sekretariat', nomor: null, nama: 'Presensi', origin: 'import' }),
    ).toEqual([]);
  });

  it('names every violated field, including unknown ones', () => {
    const violations = SopDrafted.validate({ sopId: 's1', version: 0, tenant: 'Jatim', unit: 'x', nama: 'n', origin: 'copy', extra: 1 });
    const fields = violations.map((v) => v.field).sort();
    expect(fields).toEqual(expect.arrayContaining(['extra', 'origin', 'tenant', 'version']));
  });

  it('requires the effective date to be an ISO date', () => {
    const violations = SopVersionEffective.validate({
      sopId: 's1', version: 2, tenant: '61', unit: 'Bidang UK', nomor: '518/917', nama: 'PLUT', effectiveFrom: '22 Juli 2020', supersedesVersion: 1, content: {},
    });
    expect(violations.map((v) => v.field)).toEqual(['effectiveFrom']);
  });

  it('rejects data that is not an object', () => {
    expect(SopDrafted.validate('x')).toEqual([{ field: 'data', message: 'must be an object' }]);
  });

  it('catalogues on the catalogue and letters topics only what others consume: the SOP facts, the case facts and the answers to letter requests', () => {
    const onTopics = (topics: string[]) =>
      Object.values(published as Record<string, unknown>).filter(isContract).filter((c) => topics.includes(c.topic)).map((c) => `${c.topic} ${c.type}`).sort();
    expect(onTopics([TOPICS.sopCatalogue, TOPICS.letters])).toEqual(
      [...SOP_CONTRACTS, ...LETTER_ANSWER_CONTRACTS].map((c) => `${c.topic} ${c.type}`).sort(),
    );
    expect(Object.values(caseFactContracts(TOPICS.letters)).map((c) => c.type)).toEqual(CASE_FACT_TYPES);
  });
});
