/**
 * The generator for real: it generates a service into a temporary copy of the repository (the real
 * tree is never written), then the generated service is type-checked, linted with the repository's
 * ESLint config (module boundaries included) and its unit and HTTP e2e specs run on PostgreSQL.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const root = resolve(__dirname, '../../..');
const run = promisify(execFile);
const listFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((e) => (statSync(join(dir, e)).isDirectory() ? listFiles(join(dir, e)) : [join(dir, e)]));
const bin = (tool: string) => join(root, 'node_modules', '.bin', tool);

/** What the generated service needs of the repository: config, libs sources, scripts, the generator. */
const COPIED = ['package.json', 'nx.json', 'tsconfig.base.json', '.swcrc', 'eslint.config.mjs', 'jest.preset.js', 'services.json', 'docker-compose.yml', 'deploy', 'libs', 'tools/testing', 'tools/scripts', 'tools/generators'];
const SKIPPED = /\/(node_modules|dist|test-output|\.nx)(\/|$)/;

/** The real files the generator edits: the test proves they are untouched. */
const REAL_FILES = ['services.json', 'docker-compose.yml', 'deploy/postgres/init.sql', 'libs/contracts/src/topics.ts', 'libs/contracts/src/index.ts'];

describe('npm run new-service (generated into a temporary copy)', () => {
  let work: string;
  const before = Object.fromEntries(REAL_FILES.map((f) => [f, readFileSync(join(root, f), 'utf8')]));
  const sh = (file: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
    run(file, args, { cwd: work, env: { ...process.env, ...env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' }, maxBuffer: 32 * 1024 * 1024 });

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'jejak-new-service-'));
    for (const entry of COPIED) {
      mkdirSync(join(work, entry, '..'), { recursive: true });
      cpSync(join(root, entry), join(work, entry), { recursive: true, filter: (src) => !SKIPPED.test(src.slice(root.length)) });
    }
    mkdirSync(join(work, 'services'));
    symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
    execFileSync(process.execPath, ['tools/generators/new-service.js', 'example-registry', '--port', '3199', '--aggregate', 'entry'], { cwd: work, stdio: 'pipe' });
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('creates the service in the one shape', () => {
    const files = [
      'README.md', 'package.json', 'jest.config.js', 'src/main.ts', 'src/example-registry.service.ts', 'src/example-registry.module.ts',
      'src/domain/index.ts', 'src/domain/testing/entry.fixtures.ts',
      ...['commands', 'events', 'state', 'decide', 'evolve', 'decider', 'decider.unit.spec'].map((f) => `src/domain/entry/entry.${f}.ts`),
      'src/entries/entries.slice.ts',
      ...['command', 'handler', 'http.controller', 'request.dto'].map((f) => `src/entries/commands/create-entry/create-entry.${f}.ts`),
      ...['query', 'handler', 'http.controller', 'request.dto'].map((f) => `src/entries/queries/entry/entry.${f}.ts`),
      'src/entries/read-model/entry.projection.ts', 'src/entries/read-model/entry.entity.ts',
      'src/entries/read-model/migrations/1770000000000-create-example-registry-read-model.ts',
      'src/outbox/example-registry.outbox-mapping.ts', 'src/workers/example-registry.workers.ts', 'src/cli/rebuild.main.ts', 'src/cli/parked.main.ts',
      'test/example-registry.e2e.spec.ts',
    ];
    expect(files.filter((f) => !existsSync(join(work, 'services/example-registry', f)))).toEqual([]);
    expect(JSON.parse(readFileSync(join(work, 'services/example-registry/package.json'), 'utf8')).nx.tags).toEqual(['type:service', 'scope:example-registry']);
    expect(readFileSync(join(work, 'services/example-registry/src/main.ts'), 'utf8')).toContain('runService(EXAMPLE_REGISTRY_SERVICE, (options) =>');
    expect(readFileSync(join(work, 'services/example-registry/src/example-registry.service.ts'), 'utf8')).toContain("serviceIdentity('example-registry')");
    const leftovers = ['services/example-registry', 'libs/contracts/src/example-registry']
      .flatMap((dir) => listFiles(join(work, dir)))
      .filter((file) => /__(name|Name|NAME|agg|Agg|AGG|feature|database|port)[A-Za-z_]*__/.test(file + readFileSync(file, 'utf8')));
    expect(leftovers).toEqual([]);
  });

  it('registers it once in services.json, from which lint, launcher, compose and init.sql follow; adds its topic to the contracts', async () => {
    const registry = JSON.parse(readFileSync(join(work, 'services.json'), 'utf8'));
    expect(registry.services.at(-1)).toEqual({ name: 'example-registry', port: 3199, database: 'jejak_example_registry', topic: 'jejak.example-registry.v1', scope: 'scope:example-registry' });
    expect(registry.services.slice(0, -1)).toEqual(JSON.parse(before['services.json']).services);
    const compose = readFileSync(join(work, 'docker-compose.yml'), 'utf8');
    expect(compose).toContain('  example-registry:\n    <<: *service\n    command: ["node", "services/example-registry/dist/main.js"]');
    expect(compose).toContain('DATABASE_URL: postgres://jejak:jejak@postgres:5432/jejak_example_registry\n    ports: ["3199:3000"]');
    expect(readFileSync(join(work, 'deploy/postgres/init.sql'), 'utf8')).toMatch(/CREATE DATABASE jejak_example_registry;\n$/);
    const topics = readFileSync(join(work, 'libs/contracts/src/topics.ts'), 'utf8');
    expect(topics).toContain("  exampleRegistry: 'jejak.example-registry.v1',\n} as const;");
    expect(topics).toContain("  exampleRegistry: '/jejak/example-registry',\n} as const;");
    expect(readFileSync(join(work, 'libs/contracts/src/index.ts'), 'utf8')).toMatch(/export \* from '\.\/example-registry';\n$/);
    await expect(sh(process.execPath, ['tools/scripts/generate-deploy.js', '--check'])).resolves.toBeDefined();
    // The real tree is untouched.
    for (const file of REAL_FILES) expect({ file, content: readFileSync(join(root, file), 'utf8') }).toEqual({ file, content: before[file] });
    expect(existsSync(join(root, 'services/example-registry'))).toBe(false);
  });

  it('type-checks, lints clean and passes its unit and HTTP e2e specs', async () => {
    writeFileSync(
      join(work, 'tsconfig.check.json'),
      JSON.stringify({ extends: './tsconfig.base.json', compilerOptions: { noEmit: true }, include: ['services/example-registry/**/*.ts', 'libs/contracts/src/**/*.ts'] }),
    );
    const typecheck = sh(bin('tsc'), ['-p', 'tsconfig.check.json']);
    const lint = sh(bin('nx'), ['show', 'projects']).then(() => sh(bin('eslint'), ['--max-warnings', '0', 'services/example-registry', 'libs/contracts/src/example-registry', 'libs/contracts/src/topics.ts']));
    const specs = sh(bin('jest'), ['-c', 'services/example-registry/jest.config.js', '--ci', '--json', '--outputFile', 'jest-result.json'], { JEJAK_TEST_DATABASE_URL: process.env.JEJAK_TEST_DATABASE_URL });
    const outcomes = await Promise.allSettled([typecheck, lint, specs]);
    const failures = outcomes.flatMap((o, i) => (o.status === 'rejected' ? [`${['tsc', 'eslint', 'jest'][i]}: ${(o.reason as { stdout?: string; stderr?: string }).stdout ?? ''}${(o.reason as { stderr?: string }).stderr ?? String(o.reason)}`] : []));
    expect(failures).toEqual([]);
    const result = JSON.parse(readFileSync(join(work, 'jest-result.json'), 'utf8')) as { numPassedTests: number; numFailedTests: number; testResults: { name: string }[] };
    expect(result.numFailedTests).toBe(0);
    expect(result.testResults.map((r) => r.name.slice(work.length)).sort()).toEqual([
      '/services/example-registry/src/domain/entry/entry.decider.unit.spec.ts',
      '/services/example-registry/test/example-registry.e2e.spec.ts',
    ]);
    expect(result.numPassedTests).toBeGreaterThanOrEqual(11);
  }, 150_000);

  it('refuses a registered name, a used port and a name that is not kebab-case, writing nothing', () => {
    const attempt = (...args: string[]) => {
      try {
        execFileSync(process.execPath, ['tools/generators/new-service.js', ...args], { cwd: work, stdio: 'pipe', encoding: 'utf8' });
        return '';
      } catch (error) {
        return (error as { stderr: string }).stderr;
      }
    };
    const registry = readFileSync(join(work, 'services.json'), 'utf8');
    expect(attempt('letters')).toContain('service "letters" is already registered in services.json');
    expect(attempt('another-one', '--port', '3103')).toContain('port 3103 is already used (letters)');
    expect(attempt('Bad_Name')).toContain('must be kebab-case');
    expect(readFileSync(join(work, 'services.json'), 'utf8')).toBe(registry);
    expect(existsSync(join(work, 'services/another-one'))).toBe(false);
  });
});
