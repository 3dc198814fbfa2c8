import { serviceIdentity } from '@jejak/service-kit';

/** The service's identity (name, default port, database, topic, scope) from the root registry `services.json`. */
export const TRAINING_SERVICE = serviceIdentity('training');
