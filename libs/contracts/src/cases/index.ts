export * from './case-facts.v1';
