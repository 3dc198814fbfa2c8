export * from './config';
export * from './tokens';
export * from './adapters';
export * from './decider-handler';
export * from './service-runtime';
export * from './event-sourcing.module';
export * from './rebuild-cli';
export * from './service-module';
