import { IsOptional } from 'class-validator';
import { ProblemException } from '../problem.exception';
import { createValidationPipe } from '../validation.pipe';
import { findUnsafeInput } from './input-safety';
import { IsCalendarDate, isCalendarDate, parseSafeInt, QueryBoolean, QueryInt } from './strict-query.decorators';

class Query {
  @IsOptional()
  @QueryBoolean()
  dryRun?: boolean;

  @IsOptional()
  @QueryInt({ min: 0, max: 100 })
  page?: number;

  @IsOptional()
  @IsCalendarDate()
  date?: string;
}

async function fieldsRejected(query: Record<string, string>): Promise<string[]> {
  try {
    await createValidationPipe().transform(query, { type: 'query', metatype: Query });
    return [];
  } catch (error) {
    if (error instanceof ProblemException) return (error.problem.errors ?? []).map((e) => e.field ?? '');
    throw error;
  }
}

describe('findUnsafeInput', () => {
  it('passes ordinary JSON, emoji and paired surrogates', () => {
    expect(findUnsafeInput({ nama: 'SOP 𝒜 ✓', steps: [{ no: 1, ok: true, x: null }] })).toEqual([]);
  });

  it('names forbidden keys, NUL bytes and lone surrogates by their path', () => {
    const value = JSON.parse('{"a":[{"__proto__":1}],"b":{"constructor":2,"c":"x\\u0000"},"d":"\\ud83d","e\\u0000":1}');
    expect(findUnsafeInput(value).map((e) => e.field).sort()).toEqual(['a.0.__proto__', 'b.c', 'b.constructor', 'd', 'e\\u0000']);
  });

  it('stops at the depth limit without recursion (100,000 levels)', () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    const errors = findUnsafeInput({ x: deep });
    expect(errors).toHaveLength(1);
    expect(errors[0].field).toBe(`x${'.0'.repeat(63)}`);
    expect(findUnsafeInput({ x: [[[]]] }, { maxDepth: 4 })).toEqual([]);
    expect(findUnsafeInput({ x: [[[[]]]] }, { maxDepth: 4 })).toHaveLength(1);
  });

  it('names a path parameter by its name', () => {
    expect(findUnsafeInput('a\u0000', { root: 'id' })).toEqual([{ field: 'id', message: expect.stringContaining('NUL') }]);
  });
});

describe('strict query and date helpers', () => {
  it('parseSafeInt reads plain decimal safe integers only', () => {
    expect(['0', '42', '-7', '9007199254740991'].map(parseSafeInt)).toEqual([0, 42, -7, 9007199254740991]);
    expect(['1e3', '1.5', ' 7', '07', '0x1f', '', '9007199254740992', '+1'].map(parseSafeInt)).toEqual(Array(8).fill(null));
  });

  it('isCalendarDate accepts real days only', () => {
    expect(['2024-02-29', '2025-12-31', '1945-08-17'].every(isCalendarDate)).toBe(true);
    expect(['2023-02-29', '2024-02-30', '2024-13-01', '2024-00-10', '2024-1-1', '2024-01-01T00:00', 20240101].some(isCalendarDate)).toBe(false);
  });

  it('query decorators turn exact spellings into values and reject the rest, naming the field', async () => {
    const dto = (await createValidationPipe().transform({ dryRun: 'false', page: '3', date: '2024-02-29' }, { type: 'query', metatype: Query })) as Query;
    expect(dto).toEqual({ dryRun: false, page: 3, date: '2024-02-29' });
    expect(await fieldsRejected({ dryRun: 'yes' })).toEqual(['dryRun']);
    expect(await fieldsRejected({ page: '1e308' })).toEqual(['page']);
    expect(await fieldsRejected({ page: '-1' })).toEqual(['page']);
    expect(await fieldsRejected({ page: '101' })).toEqual(['page']);
    expect(await fieldsRejected({ date: '2024-02-30' })).toEqual(['date']);
  });
});
