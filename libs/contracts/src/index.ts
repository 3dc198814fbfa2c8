export * from './envelope';
export * from './contract';
export * from './class-contract';
export * from './topics';
export * from './sop';
export * from './cases';
export * from './training';
export * from './letters';
