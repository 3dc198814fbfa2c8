import 'reflect-metadata';
import { runService } from '@jejak/service-kit';
import { DanaBergulirModule } from './dana-bergulir.module';
import { DANA_BERGULIR_SERVICE } from './dana-bergulir.service';

runService(DANA_BERGULIR_SERVICE, (options) => DanaBergulirModule.forRoot(options));
