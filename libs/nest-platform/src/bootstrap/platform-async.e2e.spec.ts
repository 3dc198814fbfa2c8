import { Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { Pool } from 'pg';
import request from 'supertest';
import { createTestDatabase, type TestDatabase } from '@jejak/postgres/testing';
import { LogCapture, startTestIssuer, type TestIssuer } from '../testing';
import { configurePlatform } from './configure-platform';
import { PlatformModule } from './platform.module';

const POOL = Symbol('Pool');

describe('PlatformModule.forRootAsync', () => {
  let issuer: TestIssuer;
  let db: TestDatabase;

  beforeAll(async () => {
    issuer = await startTestIssuer();
    db = await createTestDatabase('nest_platform_async');
  });
  afterAll(async () => {
    await issuer?.stop();
    await db?.drop();
  });

  async function compile(logs: LogCapture) {
    @Module({ providers: [{ provide: POOL, useValue: db.pool }], exports: [POOL] })
    class DatabaseModule {}
    return Test.createTestingModule({
      imports: [
        PlatformModule.forRootAsync({
          imports: [DatabaseModule],
          inject: [POOL],
          useFactory: (pool: Pool) => ({ serviceName: 'async-test', auth: issuer.authConfig, pool, logging: { level: 'debug', destination: logs } }),
        }),
      ],
    }).compile();
  }

  it('takes its options, including the pool, from other providers', async () => {
    const logs = new LogCapture();
    const app = configurePlatform((await compile(logs)).createNestApplication({ logger: false }));
    await app.init();
    try {
      const res = await request(app.getHttpServer()).get('/health/ready').set('X-Correlation-Id', 'async-1').expect(200);
      expect(res.body.info.database.status).toBe('up');
      expect(logs.find({ correlationId: 'async-1', service: 'async-test' })).toHaveLength(1);
      expect(logs.lines.some((line) => String(line.msg).includes('configurePlatform(app) was not called'))).toBe(false);
    } finally {
      await app.close();
    }
  });

  it('warns when an app is started without configurePlatform', async () => {
    const logs = new LogCapture();
    const app = (await compile(logs)).createNestApplication({ logger: false });
    await app.init();
    await app.close();
    expect(logs.find({ level: 'warn' }).map((line) => line.msg)).toEqual([expect.stringContaining('configurePlatform(app) was not called')]);
  });
});
