/**
 * Property-based fuzzing of every operation of every service (issue 10, "Proven in CI"): each service
 * runs in-process on its own PostgreSQL test database, its OpenAPI document drives the requests
 * (documented examples and schema-generated bodies, seeded ids in path and body), and each of the 16
 * classes of bad input corrupts them. For every request: no 5xx; a rejected request stores nothing
 * (no event under its correlation id, the event store's count, last position and stream revisions,
 * number books included, unchanged); input invalid beyond doubt is not accepted; another tenant's id
 * answers like an id that does not exist.
 *
 * `npm test` runs it with a fixed seed and a few cases per operation and class; `npm run fuzz` runs
 * many more (FUZZ_RUNS, FUZZ_SEED) and prints failures by operation and class.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { SopContent } from '@jejak/contracts';
import { startTestIssuer, type TestIssuer } from '@jejak/nest-platform/testing';
import { BAD_INPUT_CLASSES } from './bad-input';
import { describeFailure, fuzzOperation, type FuzzContext, type FuzzFailure } from './fuzz-runner';
import { operationsOf } from './openapi-operations';
import { exampleSopContent, seedService, type Seeded } from './seeds';
import { registeredServices, startServiceUnderFuzz, type ServiceUnderFuzz } from './service-under-fuzz';

const ROOT = resolve(__dirname, '..', '..', '..');
const RUNS = Number(process.env.FUZZ_RUNS ?? 6);
const SEED = Number(process.env.FUZZ_SEED ?? 20_241_010);
/** Each service's fixed clock: the day after its documented examples' dates, so the examples are valid requests. */
const CLOCK_START: Record<string, string> = { letters: '2024-04-02T02:00:00.000Z' };
const REPORT = process.env.FUZZ_REPORT ?? join(ROOT, '.jejak', 'fuzz-report.json');

// Every 5xx is reported by the suite with its request; the services' own error logs would only repeat them.
process.env.LOG_LEVEL = process.env.FUZZ_LOG_LEVEL ?? 'fatal';

// One test fuzzes every operation of a service with one class: `npm run fuzz` runs many cases per operation.
jest.setTimeout(Math.max(60_000, RUNS * 15_000));

describe('fuzz: bad input over every operation of every service', () => {
  let issuer: TestIssuer;
  const tokens = new Map<string, string>();
  const failures: FuzzFailure[] = [];
  const requests = { operations: 0, properties: 0 };
  const sampleFile = readFileSync(join(ROOT, 'docs', 'seeds', 'kalbar-sop-peningkatan-pelayanan-plut.txt'), 'utf8');
  let sopContent: SopContent | undefined;

  const as = async (username: string) => {
    if (!tokens.has(username)) tokens.set(username, await issuer.tokenFor(username));
    return { Authorization: `Bearer ${tokens.get(username)}` };
  };
  /** The catalogue's documented example SOP (compliance learns SOPs from the catalogue's events). */
  const catalogueSop = async (): Promise<SopContent> => {
    if (!sopContent) {
      const catalogue = await startServiceUnderFuzz('sop-catalogue', issuer);
      sopContent = exampleSopContent(catalogue.document);
      await catalogue.close();
    }
    return sopContent;
  };

  beforeAll(async () => {
    issuer = await startTestIssuer();
  });

  afterAll(async () => {
    mkdirSync(dirname(REPORT), { recursive: true });
    writeFileSync(REPORT, JSON.stringify({ seed: SEED, runs: RUNS, ...requests, failures }, null, 2));
    await issuer?.stop();
  });

  // Each service on its own: one that cannot start fails its own tests only.
  for (const name of registeredServices()) {
    describe(name, () => {
      let service: ServiceUnderFuzz;
      let ids: Seeded;

      beforeAll(async () => {
        service = await startServiceUnderFuzz(name, issuer, CLOCK_START[name]);
        if (name === 'sop-catalogue') sopContent ??= exampleSopContent(service.document);
        ids = await seedService(service, as, catalogueSop);
      });

      afterAll(async () => {
        await service?.close();
      });

      it('documents operations to fuzz', () => {
        const operations = operationsOf(name, service.document);
        expect(operations.length).toBeGreaterThan(0);
        requests.operations += operations.length;
      });

      for (const cls of BAD_INPUT_CLASSES) {
        it(`${cls}: no 5xx, nothing stored when rejected, every operation`, async () => {
          const context: FuzzContext = { service, document: service.document, ids, as, sampleFile };
          const found: FuzzFailure[] = [];
          for (const operation of operationsOf(name, service.document)) {
            requests.properties += 1;
            const failure = await fuzzOperation(context, operation, cls, { runs: RUNS, seed: SEED });
            if (failure) found.push(failure);
          }
          failures.push(...found);
          expect(found.map(describeFailure)).toEqual([]);
        });
      }
    });
  }
});
