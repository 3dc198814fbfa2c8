export * from './loan/loan.commands';
export * from './loan/loan.events';
export * from './loan/loan.state';
export * from './loan/loan.decider';
