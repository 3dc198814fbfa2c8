import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { SopDrafted, SopVersionEffective, SOURCES, TOPICS, type SopContent } from '@jejak/contracts';
import { FixedClock, SequentialIds } from '@jejak/domain-kit';
import { makeIntegrationEvent, PostgresTransport } from '@jejak/messaging';
import { configurePlatform } from '@jejak/nest-platform';
import { startTestIssuer, type TestIssuer, type TestTokenClaims } from '@jejak/nest-platform/testing';
import { createTestDatabase, type TestDatabase } from '@jejak/postgres/testing';
import { testServiceConfig } from '@jejak/service-kit/testing';
import { ComplianceModule } from '../../src/compliance.module';
import { ComplianceWorkers } from '../../src/workers/compliance.workers';

export interface PublishedSop {
  sopId: string;
  tenant: string;
  unit: string;
  version: number;
  content: SopContent;
  effectiveFrom: string;
  /** Time of the facts. */
  time: string;
}

/** The compliance service on a fresh database with a fixed clock, the test issuer and a publisher on the transport. */
export interface ComplianceTestApp {
  app: INestApplication;
  db: TestDatabase;
  clock: FixedClock;
  publisher: PostgresTransport;
  http(): ReturnType<typeof request>;
  /** Authorization header of a demo user (`kabid-61`) or of claims (`{ username: 'kasi-35', tenant: '73' }`), cached. */
  as(user: string | TestTokenClaims): Promise<Record<string, string>>;
  /** Waits until everything published so far is recorded, turned into cases and projected. */
  settle(): Promise<void>;
  /** Publishes the catalogue's facts of an effective SOP version, as the catalogue's outbox would. */
  publishEffectiveSop(sop: PublishedSop): Promise<void>;
  close(): Promise<void>;
}

export async function startComplianceTestApp(prefix: string, start: string): Promise<ComplianceTestApp> {
  const db = await createTestDatabase(prefix);
  const issuer: TestIssuer = await startTestIssuer();
  const clock = new FixedClock(start);
  const moduleRef = await Test.createTestingModule({
    imports: [ComplianceModule.forRoot({ config: testServiceConfig('compliance', db.url), auth: issuer.authConfig, clock, ids: new SequentialIds() })],
  }).compile();
  const app = configurePlatform(moduleRef.createNestApplication({ logger: false }));
  await app.init();
  const publisher = new PostgresTransport({ pool: db.pool });
  const tokens = new Map<string, string>();
  const workers = app.get(ComplianceWorkers);
  return {
    app,
    db,
    clock,
    publisher,
    http: () => request(app.getHttpServer()),
    as: async (user) => {
      const key = JSON.stringify(user);
      if (!tokens.has(key)) tokens.set(key, await issuer.tokenFor(user));
      return { Authorization: `Bearer ${tokens.get(key)}` };
    },
    settle: () => workers.settled(),
    publishEffectiveSop: async (sop) => {
      const ref = { sopId: sop.sopId, version: sop.version, tenant: sop.tenant, unit: sop.unit, nomor: sop.content.identity.nomor, nama: sop.content.identity.nama };
      const common = { source: SOURCES.sopCatalogue, subject: sop.sopId, time: sop.time, tenant: sop.tenant, correlationId: `sop-${sop.sopId}-${sop.version}` };
      await publisher.publish(TOPICS.sopCatalogue, [
        makeIntegrationEvent(SopDrafted, { ...common, data: { ...ref, origin: sop.version === 1 ? 'import' : 'revision' } }),
        makeIntegrationEvent(SopVersionEffective, {
          ...common,
          data: { ...ref, effectiveFrom: sop.effectiveFrom, supersedesVersion: sop.version === 1 ? null : sop.version - 1, content: sop.content },
        }),
      ]);
    },
    close: async () => {
      await publisher.close();
      await app.close();
      await issuer.stop();
      await db.drop();
    },
  };
}
