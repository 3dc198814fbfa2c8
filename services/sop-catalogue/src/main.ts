import 'reflect-metadata';
import { runService } from '@jejak/service-kit';
import { SERVICE_NAME, SopCatalogueModule } from './sop-catalogue.module';

runService(SERVICE_NAME, 3101, (options) => SopCatalogueModule.forRoot(options));
