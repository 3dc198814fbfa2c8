/** The service's name: its schemas (`compliance_es`, `compliance_rm`, ...), logs and metrics. */
export const SERVICE_NAME = 'compliance';
export const DEFAULT_PORT = 3102;
