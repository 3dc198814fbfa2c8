import 'reflect-metadata';
import { runService } from '@jejak/service-kit';
import { ComplianceModule } from './compliance.module';
import { COMPLIANCE_SERVICE } from './compliance.service';

runService(COMPLIANCE_SERVICE, (options) => ComplianceModule.forRoot(options));
