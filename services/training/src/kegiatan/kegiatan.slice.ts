import type { ServiceSlice } from '@jejak/service-kit';
import { CloseKegiatanHandler } from './commands/close-kegiatan/close-kegiatan.handler';
import { CloseKegiatanHttpController } from './commands/close-kegiatan/close-kegiatan.http.controller';
import { CreateKegiatanHandler } from './commands/create-kegiatan/create-kegiatan.handler';
import { CreateKegiatanHttpController } from './commands/create-kegiatan/create-kegiatan.http.controller';
import { GetKegiatanHandler } from './queries/kegiatan/kegiatan.handler';
import { GetKegiatanHttpController } from './queries/kegiatan/kegiatan.http.controller';

/** The kegiatan capability: its HTTP controllers and its command/query handlers. */
export const kegiatanSlice: ServiceSlice = {
  controllers: [CreateKegiatanHttpController, CloseKegiatanHttpController, GetKegiatanHttpController],
  providers: [CreateKegiatanHandler, CloseKegiatanHandler, GetKegiatanHandler],
};
