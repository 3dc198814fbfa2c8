export * from './embedded';
export * from './pool';
