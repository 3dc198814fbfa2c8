export * from './permit-application/permit-application.commands';
export * from './permit-application/permit-application.events';
export * from './permit-application/permit-application.state';
export * from './permit-application/permit-application.decider';
