import 'reflect-metadata';
import { runService } from '@jejak/service-kit';
import { SopCatalogueModule } from './sop-catalogue.module';
import { SOP_CATALOGUE_SERVICE } from './sop-catalogue.service';

runService(SOP_CATALOGUE_SERVICE, (options) => SopCatalogueModule.forRoot(options));
