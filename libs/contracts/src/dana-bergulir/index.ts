export * from './dana-bergulir-events.v1';
