import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type { IntegrationEvent } from '@jejak/contracts';
import { FixedClock } from '@jejak/domain-kit';
import { PostgresTransport, type ConsumerHandle } from '@jejak/messaging';
import { configurePlatform, findDemoUser } from '@jejak/nest-platform';
import { startTestIssuer, type TestIssuer, type TestTokenClaims } from '@jejak/nest-platform/testing';
import { createTestDatabase, type TestDatabase } from '@jejak/postgres/testing';
import { testServiceConfig } from '@jejak/service-kit/testing';
import type { LettersServiceConfig } from '../../src/config/letters-service.config';
import { LettersModule } from '../../src/letters.module';
import { LettersWorkers } from '../../src/workers/letters.workers';

/** The letters service over real HTTP, a real PostgreSQL database, real tokens and the PostgreSQL transport. */
export interface LettersHarness {
  app: INestApplication;
  db: TestDatabase;
  issuer: TestIssuer;
  clock: FixedClock;
  /** Every integration event published on `jejak.letters.v1`, in order. */
  published: IntegrationEvent[];
  http(): ReturnType<typeof request>;
  /** Authorization header of a demo user (e.g. `kadis-35`) or of custom claims registered with `addUser`. */
  as(who: string): { Authorization: string };
  addUser(name: string, claims: TestTokenClaims): Promise<void>;
  /** Waits until the read model has every event written so far. */
  caughtUp(): Promise<void>;
  /** Number of events in the service's event store (for "nothing was written"). */
  eventCount(streamPrefix?: string): Promise<number>;
  close(): Promise<void>;
}

export const userIdOf = (username: string): string => {
  const user = findDemoUser(username);
  if (user === undefined) throw new Error(`unknown demo user ${username}`);
  return user.userId;
};
export const nameOf = (username: string): string => findDemoUser(username)?.name ?? username;
export const refOf = (username: string) => ({ userId: userIdOf(username), name: nameOf(username) });

export async function startLettersHarness(prefix: string, options: { start: string; users: string[]; lettersConfig?: LettersServiceConfig }): Promise<LettersHarness> {
  const db = await createTestDatabase(prefix);
  const issuer = await startTestIssuer();
  const clock = new FixedClock(options.start);
  const moduleRef = await Test.createTestingModule({
    imports: [LettersModule.forRoot({ config: testServiceConfig('letters', db.url), auth: issuer.authConfig, clock, lettersConfig: options.lettersConfig })],
  }).compile();
  const app = configurePlatform(moduleRef.createNestApplication({ logger: false }));
  await app.init();

  const tokens: Record<string, string> = {};
  for (const who of options.users) tokens[who] = await issuer.tokenFor(who);
  const published: IntegrationEvent[] = [];
  const transport = new PostgresTransport({ pool: db.pool });
  const consumer: ConsumerHandle = await transport.subscribe({
    group: `${prefix}-observer`,
    topics: ['jejak.letters.v1'],
    handle: async (event) => {
      published.push(event);
    },
  });

  return {
    app,
    db,
    issuer,
    clock,
    published,
    http: () => request(app.getHttpServer()),
    as: (who) => {
      const token = tokens[who];
      if (token === undefined) throw new Error(`no token for ${who}`);
      return { Authorization: `Bearer ${token}` };
    },
    addUser: async (name, claims) => {
      tokens[name] = await issuer.tokenFor(claims);
    },
    caughtUp: () => app.get(LettersWorkers).projection.caughtUp(),
    eventCount: async (streamPrefix = '') => {
      const { rows } = await db.pool.query(`SELECT count(*)::int AS n FROM letters_es.events WHERE stream_id LIKE $1`, [`${streamPrefix}%`]);
      return rows[0].n as number;
    },
    close: async () => {
      await consumer.stop();
      await transport.close();
      await app.close();
      await issuer.stop();
      await db.drop();
    },
  };
}
