/**
 * The Nx module-boundary rule is what keeps one service from importing another's code. This runs the
 * repository's real ESLint configuration on code placed inside a service and checks it is refused.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');

describe('module boundaries (real ESLint config)', () => {
  beforeAll(() => {
    // The rule reads the cached Nx project graph.
    execFileSync(join(root, 'node_modules/.bin/nx'), ['show', 'projects'], { cwd: root, stdio: 'ignore' });
  });

  /** Lints `code` as if it were `file`, with the repository's ESLint CLI and config. */
  const boundaryErrors = async (file: string, code: string): Promise<{ ruleId: string; message: string }[]> => {
    const run = spawnSync(join(root, 'node_modules/.bin/eslint'), ['--format', 'json', '--stdin', '--stdin-filename', join(root, file)], {
      cwd: root,
      input: code,
      encoding: 'utf8',
    });
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[];
    return result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries');
  };

  it('refuses a service importing another service by package name', async () => {
    const errors = await boundaryErrors('services/compliance/src/boundary-probe.ts', `import { SopCatalogueModule } from '@jejak/sop-catalogue';\nexport const x = SopCatalogueModule;\n`);
    expect(errors.length).toBeGreaterThan(0);
  });

  it('refuses a service reaching into another service by relative path', async () => {
    const errors = await boundaryErrors('services/compliance/src/boundary-probe.ts', `import { sopDecider } from '../../sop-catalogue/src/domain';\nexport const x = sopDecider;\n`);
    expect(errors.length).toBeGreaterThan(0);
  });

  it('refuses a shared lib importing a service', async () => {
    const errors = await boundaryErrors('libs/projections/src/boundary-probe.ts', `import { ComplianceModule } from '@jejak/compliance';\nexport const x = ComplianceModule;\n`);
    expect(errors.length).toBeGreaterThan(0);
  });

  it('allows a service to use the shared libs', async () => {
    const errors = await boundaryErrors('services/compliance/src/boundary-probe.ts', `import { PostgresEventStore } from '@jejak/event-store';\nimport { TOPICS } from '@jejak/contracts';\nexport const x = [PostgresEventStore, TOPICS];\n`);
    expect(errors).toEqual([]);
  });
});
