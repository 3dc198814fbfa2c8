/**
 * services.json is the one registry of services. Everything that repeats its facts is either read
 * from it or generated from it; these checks fail when a copy drifts.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TOPICS } from '@jejak/contracts';
import { loadServiceRegistry, serviceIdentity } from '@jejak/service-kit';

const root = resolve(__dirname, '../../..');
// The deploy generator is a plain Node script (tools/scripts/generate-deploy.js).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const deploy = require(join(root, 'tools/scripts/generate-deploy.js')) as {
  generatedFiles(root: string): Record<string, string>;
  staleFiles(root: string): string[];
};

const registry = loadServiceRegistry(join(root, 'services.json'));
const camel = (name: string) => name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

describe('service registry (services.json)', () => {
  it('lists every service folder once, with the Nx tags type:service and its scope', () => {
    const folders = readdirSync(join(root, 'services')).filter((d) => existsSync(join(root, 'services', d, 'package.json')));
    expect(registry.services.map((s) => s.name).sort()).toEqual(folders.sort());
    for (const service of registry.services) {
      const pkg = JSON.parse(readFileSync(join(root, 'services', service.name, 'package.json'), 'utf8'));
      expect({ name: service.name, tags: pkg.nx?.tags }).toEqual({ name: service.name, tags: ['type:service', service.scope] });
      expect(service.scope).toBe(`scope:${service.name}`);
    }
  });

  it('gives each service the topic its contracts publish to (libs/contracts TOPICS)', () => {
    const topics = TOPICS as Record<string, string>;
    for (const service of registry.services) {
      expect({ service: service.name, topic: topics[camel(service.name)] }).toEqual({ service: service.name, topic: service.topic });
    }
  });

  it('checked-in docker-compose.yml and deploy/postgres/init.sql are what `npm run generate:deploy` writes', () => {
    for (const [file, content] of Object.entries(deploy.generatedFiles(root))) {
      expect({ file, content: readFileSync(join(root, file), 'utf8') }).toEqual({ file, content });
    }
  });

  it('generates one compose block and one database per service', () => {
    const files = deploy.generatedFiles(root);
    for (const s of registry.services) {
      expect(files['docker-compose.yml']).toContain(`\n  ${s.name}:\n    <<: *service\n`);
      expect(files['docker-compose.yml']).toContain(`DATABASE_URL: postgres://jejak:jejak@postgres:5432/${s.database}\n    ports: ["${s.port}:3000"]`);
      expect(files['deploy/postgres/init.sql']).toContain(`CREATE DATABASE ${s.database};\n`);
    }
    expect(files['deploy/postgres/init.sql'].match(/CREATE DATABASE/g)).toHaveLength(registry.services.length);
  });

  it('is what serviceIdentity() answers (the launcher reads it too: tools/launcher/src/services.unit.spec.ts)', () => {
    for (const s of registry.services) expect(serviceIdentity(s.name)).toEqual(s);
    expect(() => serviceIdentity('no-such-service')).toThrow('service "no-such-service" is not registered in services.json');
  });

  it('refuses a registry with a duplicate port, and reports a generated file edited by hand as stale', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jejak-registry-'));
    try {
      const [a, b] = registry.services;
      writeFileSync(join(dir, 'twice.json'), JSON.stringify({ services: [a, { ...b, port: a.port }] }));
      expect(() => loadServiceRegistry(join(dir, 'twice.json'))).toThrow(`port ${a.port} is used by two services`);

      mkdirSync(join(dir, 'deploy/postgres'), { recursive: true });
      writeFileSync(join(dir, 'services.json'), JSON.stringify(registry));
      for (const [file, content] of Object.entries(deploy.generatedFiles(dir))) writeFileSync(join(dir, file), content);
      expect(deploy.staleFiles(dir)).toEqual([]);
      writeFileSync(join(dir, 'deploy/postgres/init.sql'), 'CREATE DATABASE jejak_by_hand;\n');
      expect(deploy.staleFiles(dir)).toEqual(['deploy/postgres/init.sql']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
