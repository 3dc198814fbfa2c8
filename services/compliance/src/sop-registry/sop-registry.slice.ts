import { ListSopRegistryHandler } from './queries/list-sop-registry/list-sop-registry.handler';
import { ListSopRegistryHttpController } from './queries/list-sop-registry/list-sop-registry.http.controller';
import { SopVersionsReader } from './sop-versions.reader';
import type { ServiceSlice } from '../shared/service-slice';

export const sopRegistrySlice: ServiceSlice = {
  controllers: [ListSopRegistryHttpController],
  providers: [SopVersionsReader, ListSopRegistryHandler],
};
