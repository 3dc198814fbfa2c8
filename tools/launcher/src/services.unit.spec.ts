import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { envPortName, SERVICES } from './services';

describe('the services npm start runs', () => {
  it('are the entries of services.json, in its order', () => {
    const registry = JSON.parse(readFileSync(join(resolve(__dirname, '../../..'), 'services.json'), 'utf8'));
    expect(SERVICES).toEqual(registry.services);
  });

  it('take their port override from <NAME>_PORT', () => {
    expect(envPortName('sop-catalogue')).toBe('SOP_CATALOGUE_PORT');
  });
});
