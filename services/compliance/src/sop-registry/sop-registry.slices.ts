import { ListSopRegistryHandler } from './queries/list-sop-registry/list-sop-registry.handler';
import { ListSopRegistryHttpController } from './queries/list-sop-registry/list-sop-registry.http.controller';
import { SopVersionsReader } from './sop-versions.reader';

export const SOP_REGISTRY_CONTROLLERS = [ListSopRegistryHttpController];
export const SOP_REGISTRY_PROVIDERS = [SopVersionsReader, ListSopRegistryHandler];
