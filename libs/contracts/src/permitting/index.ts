export * from './permitting-events.v1';
