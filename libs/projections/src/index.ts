export * from './projection';
export * from './checkpoint';
export * from './projection-runner';
export * from './rebuild-progress';
export * from './parked-events';
export { applyWithParking, retryParkedWithin, ParkedEventNotFoundError } from './apply-with-parking';
