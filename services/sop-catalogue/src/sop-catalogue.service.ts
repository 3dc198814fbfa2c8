import { serviceIdentity } from '@jejak/service-kit';

/** The catalogue's identity (name, default port, database, topic, scope) from the root registry `services.json`. */
export const SOP_CATALOGUE_SERVICE = serviceIdentity('sop-catalogue');
