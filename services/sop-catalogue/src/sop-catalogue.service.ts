import { serviceIdentity } from '@jejak/service-kit';

/** The catalogue's identity (name, default port, database, topic) from the root registry `services.json`. */
export const SOP_CATALOGUE_SERVICE = serviceIdentity('sop-catalogue');

/** @deprecated use `SOP_CATALOGUE_SERVICE.name`. */
export const SERVICE_NAME = SOP_CATALOGUE_SERVICE.name;
