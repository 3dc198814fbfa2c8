export const SERVICE_CONFIG = Symbol('ServiceConfig');
export const PG_POOL = Symbol('PgPool');
export const TRANSPORT_POOL = Symbol('TransportPool');
