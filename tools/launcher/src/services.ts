import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ServiceIdentity } from '@jejak/service-kit';

/** A service `npm start` runs: its entry in the root registry (services.json). */
export type ServiceEntry = ServiceIdentity;

const repositoryRoot = resolve(__dirname, '../../..');

/**
 * Every registered service, from services.json (name, default port, database, topic, scope). Read
 * as plain JSON so the launcher does not load the service libraries; the file itself is checked by
 * loadServiceRegistry in tools/workspace-checks.
 */
export const SERVICES: ServiceEntry[] = (JSON.parse(readFileSync(join(repositoryRoot, 'services.json'), 'utf8')) as { services: ServiceEntry[] }).services;

export const envPortName = (service: string): string => `${service.toUpperCase().replace(/-/g, '_')}_PORT`;

export function serviceEntryPoint(root: string, service: string): string {
  return join(root, 'services', service, 'dist', 'main.js');
}

/** The registered services that are built; only those are started. */
export function availableServices(root: string): ServiceEntry[] {
  return SERVICES.filter((s) => existsSync(serviceEntryPoint(root, s.name)));
}
