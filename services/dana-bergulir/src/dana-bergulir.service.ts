import { serviceIdentity } from '@jejak/service-kit';

/** The service's identity (name, default port, database, topic, scope) from the root registry `services.json`. */
export const DANA_BERGULIR_SERVICE = serviceIdentity('dana-bergulir');
