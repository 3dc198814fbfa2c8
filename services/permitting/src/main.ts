import 'reflect-metadata';
import { runService } from '@jejak/service-kit';
import { PermittingModule } from './permitting.module';
import { PERMITTING_SERVICE } from './permitting.service';

runService(PERMITTING_SERVICE, (options) => PermittingModule.forRoot(options));
