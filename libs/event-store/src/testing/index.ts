export * from './event-store.contract';
export * from './eventually';
