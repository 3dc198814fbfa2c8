import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The services `npm start` runs, with their default ports. Only those that exist are started. */
export interface ServiceEntry {
  name: string;
  /** Default HTTP port; override with `<NAME>_PORT`, e.g. SOP_CATALOGUE_PORT. */
  port: number;
  /** Database (and schema prefix) the service owns. */
  database: string;
}

export const SERVICES: ServiceEntry[] = [
  { name: 'sop-catalogue', port: 3101, database: 'jejak_sop_catalogue' },
  { name: 'compliance', port: 3102, database: 'jejak_compliance' },
  { name: 'letters', port: 3103, database: 'jejak_letters' },
  { name: 'permitting', port: 3104, database: 'jejak_permitting' },
  { name: 'training', port: 3105, database: 'jejak_training' },
  { name: 'dana-bergulir', port: 3106, database: 'jejak_dana_bergulir' },
];

export const envPortName = (service: string): string => `${service.toUpperCase().replace(/-/g, '_')}_PORT`;

export function serviceEntryPoint(root: string, service: string): string {
  return join(root, 'services', service, 'dist', 'main.js');
}

export function availableServices(root: string): ServiceEntry[] {
  return SERVICES.filter((s) => existsSync(serviceEntryPoint(root, s.name)));
}
