import { ContractRegistry, IntegrationContract, IntegrationEvent } from '@jejak/contracts';
import { PoisonMessageError } from '../transport.port';
import { InvalidIntegrationEventError, makeIntegrationEvent } from './make-integration-event';
import { validateIntegrationEvent } from './validate-integration-event';

interface SopPublished {
  sopId: string;
  nama: string;
}

/** A small real contract, written the way services write theirs. */
const sopPublished: IntegrationContract<SopPublished> = {
  type: 'jejak.sop.published.v1',
  version: 1,
  topic: 'jejak.sop-catalogue.v1',
  validate(data) {
    const d = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
    const violations = [];
    if (typeof d.sopId !== 'string' || d.sopId === '') violations.push({ field: 'sopId', message: 'required' });
    if (typeof d.nama !== 'string' || d.nama === '') violations.push({ field: 'nama', message: 'required' });
    return violations;
  },
  is: (event): event is IntegrationEvent<SopPublished> => event.type === 'jejak.sop.published.v1',
};

const registry = new ContractRegistry().register(sopPublished as IntegrationContract<unknown>);

const input = {
  source: '/jejak/sop-catalogue',
  subject: 'sop-12',
  time: new Date('2025-03-04T05:06:07.000Z'),
  tenant: '35.01',
  correlationId: 'corr-1',
  causationId: 'cmd-1',
  data: { sopId: 'sop-12', nama: 'Pelayanan Surat Masuk' },
};

function violationsOf(raw: unknown): { field: string; message: string }[] {
  try {
    validateIntegrationEvent(registry, raw);
  } catch (error) {
    expect(error).toBeInstanceOf(PoisonMessageError);
    return (error as PoisonMessageError).violations;
  }
  throw new Error('expected a PoisonMessageError');
}

describe('makeIntegrationEvent', () => {
  it('builds a CloudEvent with type and schema version from the contract and partitionkey = subject', () => {
    const event = makeIntegrationEvent(sopPublished, { ...input, id: 'a6f6d1b2-6a52-4d0c-9f39-7f6e1c7d1e11' });
    expect(event).toEqual({
      specversion: '1.0',
      id: 'a6f6d1b2-6a52-4d0c-9f39-7f6e1c7d1e11',
      source: '/jejak/sop-catalogue',
      type: 'jejak.sop.published.v1',
      time: '2025-03-04T05:06:07.000Z',
      subject: 'sop-12',
      datacontenttype: 'application/json',
      tenant: '35.01',
      schemaversion: 1,
      correlationid: 'corr-1',
      causationid: 'cmd-1',
      partitionkey: 'sop-12',
      data: { sopId: 'sop-12', nama: 'Pelayanan Surat Masuk' },
    });
  });

  it('generates distinct ids and leaves causationid out when there is none', () => {
    const a = makeIntegrationEvent(sopPublished, { ...input, causationId: null });
    const b = makeIntegrationEvent(sopPublished, { ...input, partitionKey: 'tenant-35.01' });
    expect(a.id).not.toBe(b.id);
    expect(a).not.toHaveProperty('causationid');
    expect(b.partitionkey).toBe('tenant-35.01');
  });

  it('refuses to build an event its contract rejects', () => {
    expect(() => makeIntegrationEvent(sopPublished, { ...input, tenant: 'jatim', data: { sopId: 'sop-12', nama: '' } })).toThrow(
      InvalidIntegrationEventError,
    );
    try {
      makeIntegrationEvent(sopPublished, { ...input, tenant: 'jatim', data: { sopId: 'sop-12', nama: '' } });
    } catch (error) {
      expect((error as InvalidIntegrationEventError).violations.map((v) => v.field)).toEqual(['tenant', 'data.nama']);
    }
  });
});

describe('validateIntegrationEvent', () => {
  const valid = () => JSON.parse(JSON.stringify(makeIntegrationEvent(sopPublished, input))) as Record<string, unknown>;

  it('returns a valid event as received', () => {
    const raw = valid();
    expect(validateIntegrationEvent<SopPublished>(registry, raw)).toBe(raw);
  });

  it('accepts an event without the optional causationid and datacontenttype', () => {
    const raw = valid();
    delete raw.causationid;
    delete raw.datacontenttype;
    expect(() => validateIntegrationEvent(registry, raw)).not.toThrow();
  });

  it.each([
    ['specversion', '0.3'],
    ['id', ''],
    ['source', 42],
    ['subject', undefined],
    ['time', '04/03/2025'],
    ['time', '2025-03-04T05:06:07'],
    ['tenant', 'Jawa Timur'],
    ['schemaversion', 0],
    ['correlationid', null],
    ['partitionkey', ''],
    ['causationid', ''],
    ['datacontenttype', 'text/plain'],
    ['data', undefined],
  ])('reports an invalid %s (%p)', (field, value) => {
    const raw = { ...valid(), [field]: value };
    expect(violationsOf(raw).map((v) => v.field)).toContain(field);
  });

  it('reports every violation at once, with data fields prefixed', () => {
    const raw = { ...valid(), tenant: 'x', data: { sopId: '' } };
    expect(violationsOf(raw)).toEqual([
      { field: 'tenant', message: 'must be a Kemendagri region code, e.g. 35.01' },
      { field: 'data.sopId', message: 'required' },
      { field: 'data.nama', message: 'required' },
    ]);
  });

  it('rejects an unknown type and a schema version the contract does not have', () => {
    expect(violationsOf({ ...valid(), type: 'jejak.sop.deleted.v1' })).toEqual([
      { field: 'type', message: 'unknown integration event type "jejak.sop.deleted.v1"' },
    ]);
    expect(violationsOf({ ...valid(), schemaversion: 2 })).toEqual([{ field: 'schemaversion', message: 'must be 1 for jejak.sop.published.v1' }]);
  });

  it('rejects what is not an object', () => {
    expect(violationsOf('{"id":1}')).toEqual([{ field: '', message: 'must be a JSON object' }]);
    expect(violationsOf(null)).toEqual([{ field: '', message: 'must be a JSON object' }]);
  });

  it('names the type and the violations in the error message', () => {
    expect(() => validateIntegrationEvent(registry, { ...valid(), data: { sopId: 'x' } })).toThrow('invalid jejak.sop.published.v1: data.nama: required');
  });
});
