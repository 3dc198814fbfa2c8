import { Body, Controller, Get, HttpCode, Module, Param, Post, Query, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Type } from 'class-transformer';
import { IsArray, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import request from 'supertest';
import { configurePlatform, IsCalendarDate, PlatformModule, QueryBoolean, QueryInt, SafeIntPipe } from '../index';
import { LogCapture, startTestIssuer, type TestIssuer } from '../testing';

class NoteDto {
  @IsString()
  @MaxLength(2_000)
  text!: string;

  @IsOptional()
  note?: unknown;
}

class WriteDto {
  @IsString()
  @MaxLength(300)
  nama!: string;

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => NoteDto)
  notes?: NoteDto[];

  @IsOptional()
  @IsCalendarDate()
  berlaku?: string;
}

class ImportQuery {
  @IsOptional()
  @QueryBoolean()
  dryRun?: boolean;

  @IsOptional()
  @QueryInt({ min: 1, max: 500 })
  limit?: number;

  @IsOptional()
  @IsString()
  q?: string;
}

/** Records every call that reached a handler: a rejected request must leave it empty. */
const writes: unknown[] = [];

@Controller('records')
class RecordingController {
  @Post()
  @HttpCode(201)
  write(@Body() dto: WriteDto, @Query() query: ImportQuery) {
    writes.push({ dto, query });
    return { stored: true, dryRun: query.dryRun ?? null, limit: query.limit ?? null };
  }

  @Get(':name/versions/:version')
  read(@Param('name') name: string, @Param('version', new SafeIntPipe({ min: 1 })) version: number) {
    writes.push({ name, version });
    return { name, version };
  }
}

@Module({ controllers: [RecordingController] })
class RecordingModule {}

const PROBLEM_JSON = /^application\/problem\+json/;
const nested = (depth: number): string => `${'{"note":'.repeat(depth - 1)}{}${'}'.repeat(depth - 1)}`;

describe('input hardening at the HTTP edge (real HTTP)', () => {
  let issuer: TestIssuer;
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let token: string;

  beforeAll(async () => {
    issuer = await startTestIssuer();
    const moduleRef = await Test.createTestingModule({
      imports: [PlatformModule.forRoot({ serviceName: 'hardening-test', auth: issuer.authConfig, logging: { destination: new LogCapture() } }), RecordingModule],
    }).compile();
    app = configurePlatform(moduleRef.createNestApplication({ logger: false }));
    await app.init();
    http = request(app.getHttpServer());
    token = await issuer.tokenFor('kasi-35');
  });

  afterAll(async () => {
    await app?.close();
    await issuer?.stop();
  });

  beforeEach(() => {
    writes.length = 0;
  });

  const post = (body: string | object, query = '') =>
    http
      .post(`/records${query}`)
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'application/json')
      .send(typeof body === 'string' ? body : JSON.stringify(body));

  /** A 4xx problem that names `field`, and the handler never ran. */
  const expectRejected = (res: request.Response, status: number, field?: string) => {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
    if (field !== undefined) expect(res.body.errors.map((e: { field?: string }) => e.field)).toContain(field);
    expect(writes).toEqual([]);
  };

  it('accepts a clean write (the handler records it)', async () => {
    const res = await post({ nama: 'SOP Izin', notes: [{ text: 'Dokumen lengkap ✓ 𝒜' }], berlaku: '2024-02-29' }, '?dryRun=true&limit=10').expect(201);
    expect(res.body).toEqual({ stored: true, dryRun: true, limit: 10 });
    expect(writes).toHaveLength(1);
  });

  it('refuses JSON nested 2,000 levels deep with a 400 naming where, not a 500', async () => {
    const res = await post(`{"nama":"x","notes":[{"text":"a","note":${nested(2_000)}}]}`);
    expectRejected(res, 400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.errors[0].field).toMatch(/^notes\.0\.note(\.note)+$/);
    expect(res.body.errors[0].message).toContain('paling banyak 64 tingkat');
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a %s key anywhere in a body', async (key) => {
    const top = await post(`{"nama":"x","${key}":{"admin":true}}`);
    expectRejected(top, 400, key);
    const deep = await post(`{"nama":"x","notes":[{"text":"a","${key}":{"polluted":true}}]}`);
    expectRejected(deep, 400, `notes.0.${key}`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses NUL bytes and lone surrogates in body strings, naming the field', async () => {
    expectRejected(await post('{"nama":"SOP\\u0000Izin"}'), 400, 'nama');
    expectRejected(await post('{"nama":"x","notes":[{"text":"ok"},{"text":"\\ud800"}]}'), 400, 'notes.1.text');
    expectRejected(await post('{"nama":"x","notes":[{"text":"\\udc00 akhir"}]}'), 400, 'notes.0.text');
  });

  it('refuses NUL bytes in query strings and path parameters, naming them', async () => {
    expectRejected(await post({ nama: 'x' }, '?q=a%00b'), 400, 'q');
    const res = await http.get('/records/izin%00usaha/versions/1').set('Authorization', `Bearer ${token}`);
    expectRejected(res, 400, 'name');
  });

  it('answers a body over 1 MB with a 413 problem', async () => {
    const res = await post({ nama: 'x', notes: [{ text: 'a'.repeat(1_100_000) }] });
    expectRejected(res, 413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers malformed JSON with a 400 problem', async () => {
    const res = await post('{"nama": "x",');
    expectRejected(res, 400);
    expect(res.body.code).toBe('MALFORMED_JSON');
  });

  it.each(['yes', '1', 'TRUE', ''])('accepts only true/false for a query boolean (dryRun=%s is a 400)', async (value) => {
    expectRejected(await post({ nama: 'x' }, `?dryRun=${value}`), 400, 'dryRun');
  });

  it.each(['1e308', '-1', '1.5', '9007199254740992', '501', 'sepuluh', '0x10'])('accepts only safe integers in range for a query number (limit=%s is a 400)', async (value) => {
    expectRejected(await post({ nama: 'x' }, `?limit=${value}`), 400, 'limit');
  });

  it.each(['1e308', '0', '1.5', '9007199254740992'])('accepts only safe integers for a path number (version %s is a 400)', async (value) => {
    const res = await http.get(`/records/izin/versions/${value}`).set('Authorization', `Bearer ${token}`);
    expectRejected(res, 400, 'version');
  });

  it.each(['2024-02-30', '2023-02-29', '2024-13-01', '2024-1-01', '31-01-2024'])('accepts only real calendar dates (%s is a 400)', async (value) => {
    expectRejected(await post({ nama: 'x', berlaku: value }), 400, 'berlaku');
  });
});
