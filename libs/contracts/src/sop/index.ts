export * from './sop-content.v1';
