export * from './sop-content.v1';
export * from './sop-events.v1';
