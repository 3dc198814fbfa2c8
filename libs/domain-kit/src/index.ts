export * from './domain-error';
export * from './decider';
export * from './clock';
export * from './event-types';
export * from './event-type-errors';
