import type { ModuleMetadata } from '@nestjs/common';

/** One user-facing capability's part of the service module: its HTTP controllers and its providers. */
export interface ServiceSlice {
  controllers: NonNullable<ModuleMetadata['controllers']>;
  providers: NonNullable<ModuleMetadata['providers']>;
}
