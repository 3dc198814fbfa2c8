export * from './projection';
export * from './checkpoint';
export * from './projection-runner';
export * from './rebuild-progress';
