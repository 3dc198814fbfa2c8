import { ListSopRegistryHandler } from './queries/list-sop-registry/list-sop-registry.handler';
import { ListSopRegistryHttpController } from './queries/list-sop-registry/list-sop-registry.http.controller';
import { SopVersionsReader } from './sop-versions.reader';
import type { ServiceSlice } from '@jejak/service-kit';

export const sopRegistrySlice: ServiceSlice = {
  controllers: [ListSopRegistryHttpController],
  providers: [SopVersionsReader, ListSopRegistryHandler],
};
