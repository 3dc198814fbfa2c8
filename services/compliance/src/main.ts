import 'reflect-metadata';
import { runService } from '@jejak/service-kit';
import { ComplianceModule } from './compliance.module';
import { DEFAULT_PORT, SERVICE_NAME } from './compliance.service-name';

runService(SERVICE_NAME, DEFAULT_PORT, (options) => ComplianceModule.forRoot(options));
