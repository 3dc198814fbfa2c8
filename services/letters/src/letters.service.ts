import { serviceIdentity } from '@jejak/service-kit';

/** The letters service's identity (name, default port, database, topic, scope) from the root registry `services.json`. */
export const LETTERS_SERVICE = serviceIdentity('letters');
