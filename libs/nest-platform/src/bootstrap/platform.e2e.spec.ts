import { Body, Controller, Get, HttpCode, Logger, Module, Param, Post, Put, Res, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsInt, IsNotEmpty, IsOptional, IsString, Min, ValidateNested } from 'class-validator';
import { mkdtempSync, rmSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { illegalState, notFound } from '@jejak/domain-kit';
import { WrongExpectedRevisionError } from '@jejak/event-store';
import { createPool, freePort } from '@jejak/postgres';
import { createTestDatabase, type TestDatabase } from '@jejak/postgres/testing';
import {
  AllowReadOnlyRoles,
  configurePlatform,
  currentCorrelationId,
  CurrentUser,
  eventMetadata,
  findDemoUser,
  IfMatch,
  loadOrCreateSigningKey,
  PlatformModule,
  readableTenantFilter,
  Role,
  Roles,
  setETag,
  signClaims,
  type AuthenticatedUser,
} from '../index';
import { LogCapture, startTestIssuer, type TestIssuer } from '../testing';

class StepDto {
  @IsString()
  kegiatan!: string;

  @IsString()
  waktu!: string;
}

class DraftSopDto {
  @IsString()
  @IsNotEmpty()
  nama!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => StepDto)
  steps!: StepDto[];
}

class SearchDto {
  @IsOptional()
  @IsString()
  q?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  limit?: number;
}

@Controller('sops')
class SopTestController {
  private readonly logger = new Logger(SopTestController.name);

  @Get()
  list(@CurrentUser() user: AuthenticatedUser) {
    return { user, filter: readableTenantFilter(user), correlationId: currentCorrelationId() };
  }

  @Post()
  @Roles(Role.KASI, Role.KEPALA_BIDANG)
  draft(@Body() dto: DraftSopDto, @CurrentUser() user: AuthenticatedUser) {
    this.logger.log(`drafting ${dto.nama}`);
    return { received: dto, isDto: dto instanceof DraftSopDto, metadata: eventMetadata(user) };
  }

  @Post('search')
  @HttpCode(200)
  @AllowReadOnlyRoles()
  search(@Body() dto: SearchDto) {
    return { q: dto.q ?? null, limit: dto.limit ?? null };
  }

  @Get('boom')
  boom(): never {
    throw new Error('secret internal detail: password=hunter2');
  }

  @Get(':id')
  get(@Param('id') id: string): never {
    throw notFound('SOP_NOT_FOUND', `SOP ${id} tidak ditemukan.`);
  }

  @Post(':id/approve')
  approve(@Param('id') id: string): never {
    throw illegalState('SOP_ALREADY_APPROVED', `SOP ${id} sudah disahkan.`);
  }

  /** The stored revision is 3: a write with another expected revision fails like the event store does. */
  @Put(':id')
  update(@Param('id') id: string, @IfMatch() expected: number | undefined, @Body() dto: SearchDto, @Res({ passthrough: true }) res: ServerResponse) {
    if (expected !== undefined && expected !== 3) throw new WrongExpectedRevisionError(`sop-${id}`, expected, 3);
    setETag(res, 4);
    return { expected: expected ?? null, q: dto.q ?? null };
  }
}

@Module({ controllers: [SopTestController] })
class SopTestModule {}

async function createApp(issuer: TestIssuer, logs: LogCapture, db?: TestDatabase['pool']): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      PlatformModule.forRoot({
        serviceName: 'platform-test',
        auth: issuer.authConfig,
        pool: db,
        logging: { level: 'debug', destination: logs },
        metrics: { defaultMetrics: true },
      }),
      SopTestModule,
    ],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  configurePlatform(app);
  await app.init();
  return app;
}

const PROBLEM_JSON = /^application\/problem\+json/;
const validDraft = { nama: 'SOP Pelayanan Izin Usaha Simpan Pinjam', steps: [{ kegiatan: 'Menerima berkas', waktu: '15 Menit' }] };

describe('platform over real HTTP (local issuer, real RS256 tokens, real PostgreSQL)', () => {
  let issuer: TestIssuer;
  let db: TestDatabase;
  let logs: LogCapture;
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    issuer = await startTestIssuer();
    db = await createTestDatabase('nest_platform');
    logs = new LogCapture();
    app = await createApp(issuer, logs, db.pool);
    http = request(app.getHttpServer());
    for (const username of ['kadis-35', 'kasi-35', 'staf-35', 'auditor-35', 'provinsi-35', 'kasi-35.01']) {
      tokens[username] = await issuer.tokenFor(username);
    }
  });

  afterAll(async () => {
    await app?.close();
    await issuer?.stop();
    await db?.drop();
  });

  const bearer = (username: string) => ({ Authorization: `Bearer ${tokens[username]}` });

  describe('authentication (401)', () => {
    it('refuses a request without a token, with problem details and WWW-Authenticate: Bearer', async () => {
      const res = await http.get('/sops').expect(401);
      expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(res.headers['www-authenticate']).toBe('Bearer');
      expect(res.body).toMatchObject({ status: 401, code: 'TOKEN_MISSING', title: 'Autentikasi diperlukan', instance: '/sops' });
      expect(res.body.correlationId).toBe(res.headers['x-correlation-id']);
    });

    it('refuses a non-Bearer Authorization header', async () => {
      const res = await http.get('/sops').set('Authorization', 'Basic a2FkaXM6cmFoYXNpYQ==').expect(401);
      expect(res.body.code).toBe('AUTHORIZATION_HEADER_INVALID');
      expect(res.headers['www-authenticate']).toContain('Bearer');
    });

    it('refuses a token signed by another key', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'jejak-other-key-'));
      try {
        const otherKey = await loadOrCreateSigningKey(dir);
        const claims = { sub: 'x', roles: ['KASI'], tenant: '35' };
        const forged = await signClaims(otherKey, claims, { issuer: issuer.authConfig.issuer, audience: 'jejak' });
        const res = await http.get('/sops').set('Authorization', `Bearer ${forged}`).expect(401);
        expect(res.body.code).toBe('TOKEN_SIGNATURE_INVALID');
        expect(res.headers['www-authenticate']).toContain('error="invalid_token"');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('refuses a token whose payload was altered after signing', async () => {
      const [header, payload, signature] = tokens['staf-35'].split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      const altered = Buffer.from(JSON.stringify({ ...claims, roles: ['KEPALA_DINAS'] })).toString('base64url');
      const res = await http.get('/sops').set('Authorization', `Bearer ${header}.${altered}.${signature}`).expect(401);
      expect(res.body.code).toBe('TOKEN_SIGNATURE_INVALID');
    });

    it('refuses an expired token', async () => {
      const expired = await issuer.tokenFor('kasi-35', { ttlSeconds: -120 });
      const res = await http.get('/sops').set('Authorization', `Bearer ${expired}`).expect(401);
      expect(res.body.code).toBe('TOKEN_EXPIRED');
      expect(res.body.detail).toContain('kedaluwarsa');
      expect(res.headers['www-authenticate']).toBe('Bearer error="invalid_token", error_description="token has expired"');
    });

    it('refuses a token of another issuer and of another audience', async () => {
      const wrongIssuer = await issuer.tokenFor('kasi-35', { issuer: 'https://sso.example.go.id/realms/lain' });
      const wrongAudience = await issuer.tokenFor('kasi-35', { audience: 'other-app' });
      for (const token of [wrongIssuer, wrongAudience]) {
        const res = await http.get('/sops').set('Authorization', `Bearer ${token}`).expect(401);
        expect(res.body.code).toBe('TOKEN_CLAIMS_INVALID');
      }
    });

    it('refuses a token without a valid tenant (Kemendagri region code)', async () => {
      for (const tenant of [undefined, '3501', '35.1', 'jatim']) {
        const token = await issuer.tokenFor({ username: 'kasi-35', tenant });
        const res = await http.get('/sops').set('Authorization', `Bearer ${token}`).expect(401);
        expect(res.body).toMatchObject({ code: 'TOKEN_CLAIMS_INVALID' });
        expect(res.body.detail).toContain('"tenant"');
      }
    });

    it('refuses a string that is not a JWT', async () => {
      const res = await http.get('/sops').set('Authorization', 'Bearer not.a.jwt').expect(401);
      expect(res.body.code).toBe('TOKEN_MALFORMED');
    });

    it('accepts a valid token and maps its claims to the user', async () => {
      const res = await http.get('/sops').set(bearer('kasi-35.01')).expect(200);
      const demo = findDemoUser('kasi-35.01')!;
      expect(res.body.user).toEqual({ userId: demo.userId, nip: demo.nip, name: demo.name, roles: ['KASI'], tenant: '35.01' });
      expect(res.body.filter).toEqual({ tenants: ['35.01'], prefixes: [] });
    });

    it("understands Keycloak's realm_access.roles and ignores unknown roles", async () => {
      const token = await issuer.tokenFor({ sub: 'kc-user-1', name: 'Pengguna Keycloak', tenant: '61', realm_access: { roles: ['offline_access', 'kepala_bidang', 'uma_authorization'] } });
      const res = await http.get('/sops').set('Authorization', `Bearer ${token}`).expect(200);
      expect(res.body.user).toMatchObject({ userId: 'kc-user-1', roles: ['KEPALA_BIDANG'], tenant: '61', nip: '' });
    });
  });

  describe('authorisation (403)', () => {
    it('refuses a user without one of the required roles', async () => {
      const res = await http.post('/sops').set(bearer('staf-35')).send(validDraft).expect(403);
      expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(res.body).toMatchObject({ code: 'ROLE_REQUIRED', title: 'Akses ditolak' });
      expect(res.body.detail).toContain('Kepala Seksi');
    });

    it('lets a user with a required role write, with tenant and actor from the token', async () => {
      const res = await http.post('/sops').set(bearer('kasi-35')).set('X-Correlation-Id', 'draft-corr-1').send(validDraft).expect(201);
      const demo = findDemoUser('kasi-35')!;
      expect(res.body.isDto).toBe(true);
      expect(res.body.metadata).toEqual({
        tenant: '35',
        actor: { userId: demo.userId, role: 'KASI', name: demo.name },
        correlationId: 'draft-corr-1',
        causationId: null,
      });
      // A log line written by the handler carries the request's correlation id too.
      expect(logs.find({ correlationId: 'draft-corr-1', msg: `drafting ${validDraft.nama}` })).toEqual([
        expect.objectContaining({ level: 'info', context: 'SopTestController' }),
      ]);
    });

    it('never lets auditors or provincial viewers POST, but lets them GET', async () => {
      for (const username of ['auditor-35', 'provinsi-35']) {
        const denied = await http.post('/sops').set(bearer(username)).send(validDraft).expect(403);
        expect(denied.body.code).toBe('READ_ONLY_ROLE');
        await http.put('/sops/1').set(bearer(username)).send({}).expect(403);
        const read = await http.get('/sops').set(bearer(username)).expect(200);
        expect(read.body.filter).toEqual({ tenants: ['35'], prefixes: ['35.'] });
      }
    });

    it('lets read-only users call a POST route marked @AllowReadOnlyRoles', async () => {
      const res = await http.post('/sops/search').set(bearer('provinsi-35')).send({ q: 'izin', limit: 5 }).expect(200);
      expect(res.body).toEqual({ q: 'izin', limit: 5 });
    });
  });

  describe('validation problems (400)', () => {
    it('rejects unknown fields and names them', async () => {
      const res = await http
        .post('/sops')
        .set(bearer('kasi-35'))
        .send({ ...validDraft, tenant: '61', steps: [{ kegiatan: 'A', waktu: '1 hari', pelaksana: 'Kasi' }] })
        .expect(400);
      expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', title: 'Permintaan tidak valid', status: 400 });
      const fields = res.body.errors.map((e: { field: string }) => e.field);
      expect(fields).toEqual(expect.arrayContaining(['tenant', 'steps.0.pelaksana']));
      expect(res.body.errors.find((e: { field: string }) => e.field === 'tenant').message).toBe('kolom tenant tidak dikenal; hapus kolom ini dari permintaan');
    });

    it('names every offending field with its nested path', async () => {
      const res = await http
        .post('/sops')
        .set(bearer('kasi-35'))
        .send({ nama: '', steps: [{ kegiatan: 'A', waktu: '1 hari' }, { kegiatan: 'B', waktu: '2 hari' }, { kegiatan: 'C', waktu: 15 }] })
        .expect(400);
      expect(res.body.errors).toEqual(
        expect.arrayContaining([
          { field: 'nama', message: 'nama tidak boleh kosong' },
          { field: 'steps.2.waktu', message: 'waktu harus berupa teks' },
        ]),
      );
      expect(res.body.detail).toContain('steps.2.waktu');
    });

    it('answers a body that is not JSON with a 400, not a 500', async () => {
      const res = await http.post('/sops').set(bearer('kasi-35')).set('Content-Type', 'application/json').send('{"nama": "SOP",').expect(400);
      expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(res.body).toMatchObject({ code: 'MALFORMED_JSON', status: 400, instance: '/sops' });
      expect(res.body.correlationId).toBe(res.headers['x-correlation-id']);
    });

    it('treats a missing body as an empty one and lists the required fields', async () => {
      const res = await http.post('/sops').set(bearer('kasi-35')).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['nama', 'steps']));
    });
  });

  describe('domain errors and If-Match', () => {
    it('maps not_found to 404 and illegal_state to 409 with the domain code', async () => {
      const missing = await http.get('/sops/42').set(bearer('kasi-35')).expect(404);
      expect(missing.body).toMatchObject({ code: 'SOP_NOT_FOUND', detail: 'SOP 42 tidak ditemukan.', type: 'urn:jejak:problem:sop-not-found' });
      const illegal = await http.post('/sops/42/approve').set(bearer('kasi-35')).expect(409);
      expect(illegal.body).toMatchObject({ code: 'SOP_ALREADY_APPROVED', status: 409 });
    });

    it('maps a concurrency failure to 412 when If-Match was sent, 409 otherwise', async () => {
      const withIfMatch = await http.put('/sops/7').set(bearer('kasi-35')).set('If-Match', '"2"').send({}).expect(412);
      expect(withIfMatch.body).toMatchObject({ code: 'WRONG_EXPECTED_REVISION', status: 412, title: 'Versi data tidak sesuai' });
      expect(withIfMatch.body.detail).not.toContain('sop-7');
    });

    it('accepts "3", 3 and W/"3" in If-Match and answers with the new ETag', async () => {
      for (const header of ['"3"', '3', 'W/"3"']) {
        const res = await http.put('/sops/7').set(bearer('kasi-35')).set('If-Match', header).send({ q: 'x' }).expect(200);
        expect(res.body).toEqual({ expected: 3, q: 'x' });
        expect(res.headers.etag).toBe('"4"');
      }
    });

    it('rejects a malformed If-Match naming the header', async () => {
      const res = await http.put('/sops/7').set(bearer('kasi-35')).set('If-Match', 'versi-tiga').send({}).expect(400);
      expect(res.body).toMatchObject({ code: 'INVALID_IF_MATCH', errors: [{ field: 'If-Match' }] });
    });

    it('answers an unexpected error with a 500 that leaks nothing, and logs it', async () => {
      const res = await http.get('/sops/boom').set(bearer('kasi-35')).set('X-Correlation-Id', 'boom-1').expect(500);
      expect(res.body).toMatchObject({ code: 'INTERNAL_ERROR', status: 500, correlationId: 'boom-1' });
      expect(JSON.stringify(res.body)).not.toContain('hunter2');
      const logged = logs.lines.find((line) => line.correlationId === 'boom-1' && line.msg === 'unhandled error while serving a request');
      expect((logged?.err as { message: string }).message).toContain('secret internal detail');
    });

    it('answers an unknown route with a problem', async () => {
      const res = await http.get('/tidak-ada').expect(404);
      expect(res.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(res.body.code).toBe('ROUTE_NOT_FOUND');
    });
  });

  describe('correlation id and logs', () => {
    it('echoes an incoming X-Correlation-Id, exposes it to handlers and puts it on the request log line', async () => {
      const res = await http.get('/sops').set(bearer('kadis-35')).set('X-Correlation-Id', 'corr-abc-123').expect(200);
      expect(res.headers['x-correlation-id']).toBe('corr-abc-123');
      expect(res.body.correlationId).toBe('corr-abc-123');
      const line = logs.lines.find((l) => l.correlationId === 'corr-abc-123' && (l.res as { statusCode?: number })?.statusCode === 200);
      expect(line).toMatchObject({ level: 'info', service: 'platform-test', req: { method: 'GET', url: '/sops' } });
      expect(JSON.stringify(logs.lines)).not.toContain(tokens['kadis-35']);
    });

    it('generates one when absent or unacceptable', async () => {
      const none = await http.get('/sops').set(bearer('kadis-35')).expect(200);
      expect(none.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(none.body.correlationId).toBe(none.headers['x-correlation-id']);
      const bad = await http.get('/sops').set(bearer('kadis-35')).set('X-Correlation-Id', 'a b <script>').expect(200);
      expect(bad.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  describe('public endpoints', () => {
    it('serves liveness and readiness (database pinged) without a token', async () => {
      const live = await http.get('/health/live').expect(200);
      expect(live.body.status).toBe('ok');
      const ready = await http.get('/health/ready').expect(200);
      expect(ready.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
      const all = await http.get('/health').expect(200);
      expect(all.body.info).toMatchObject({ process: { status: 'up', service: 'platform-test' }, database: { status: 'up' } });
    });

    it('reports not ready (503) when the database cannot be reached', async () => {
      const deadPool = createPool('postgres://nobody:nothing@127.0.0.1:1/none', { connectionTimeoutMillis: 1000 });
      const otherLogs = new LogCapture();
      const other = await createApp(issuer, otherLogs, deadPool);
      try {
        const res = await request(other.getHttpServer()).get('/health/ready').expect(503);
        expect(res.body).toMatchObject({ status: 'error', error: { database: { status: 'down', message: 'database unreachable' } } });
        await request(other.getHttpServer()).get('/health/live').expect(200);
      } finally {
        await other.close();
        await deadPool.end();
      }
    });

    it('answers 503, not 401, when the identity provider cannot be reached', async () => {
      const unreachable = { ...issuer.authConfig, jwksUrl: `http://127.0.0.1:${await freePort()}/jwks` };
      const moduleRef = await Test.createTestingModule({
        imports: [PlatformModule.forRoot({ serviceName: 'no-idp', auth: unreachable, logging: { destination: new LogCapture() } }), SopTestModule],
      }).compile();
      const other = configurePlatform(moduleRef.createNestApplication({ logger: false }));
      await other.init();
      try {
        const res = await request(other.getHttpServer()).get('/sops').set(bearer('kasi-35')).expect(503);
        expect(res.body).toMatchObject({ code: 'IDENTITY_PROVIDER_UNAVAILABLE', status: 503 });
        expect(res.headers['retry-after']).toBe('5');
      } finally {
        await other.close();
      }
    });

    it('serves Prometheus metrics with the request histogram by route, method and status', async () => {
      await http.get('/sops/42').set(bearer('kasi-35')).expect(404);
      await http.get('/sops').expect(401);
      await http.get('/tidak-ada').expect(404);
      const res = await http.get('/metrics').expect(200);
      expect(res.headers['content-type']).toContain('text/plain');
      expect(res.text).toContain('# TYPE http_request_duration_seconds histogram');
      const count = (labels: string) => Number(new RegExp(`^http_request_duration_seconds_count\\{${labels}\\} (\\d+)$`, 'm').exec(res.text)?.[1] ?? 0);
      expect(count('service="platform-test",method="GET",route="/sops/:id",status_code="404"')).toBeGreaterThanOrEqual(1);
      expect(count('service="platform-test",method="GET",route="/sops",status_code="401"')).toBeGreaterThanOrEqual(1);
      expect(count('service="platform-test",method="GET",route="<unmatched>",status_code="404"')).toBeGreaterThanOrEqual(1);
      expect(res.text).not.toContain('route="/tidak-ada"');
      expect(res.text).toContain('process_cpu_user_seconds_total');
    });

    it('serves the OpenAPI document and UI without a token, with bearer auth declared', async () => {
      const res = await http.get('/docs-json').expect(200);
      expect(res.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
      expect(res.body.security).toEqual([{ bearer: [] }]);
      expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/sops', '/sops/{id}']));
      expect(Object.keys(res.body.paths)).not.toContain('/health/live');
      const ui = await http.get('/docs').expect(200);
      expect(ui.text).toContain('swagger');
    });
  });
});
