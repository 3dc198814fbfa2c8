export * from './training-events.v1';
