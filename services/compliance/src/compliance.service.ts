import { serviceIdentity } from '@jejak/service-kit';

/**
 * Compliance's identity (name, default port, database, topic, scope) from the root registry
 * `services.json`. The name also names its schemas (`compliance_es`, `compliance_rm`, ...), logs and metrics.
 */
export const COMPLIANCE_SERVICE = serviceIdentity('compliance');
