export * from './test-issuer';
export * from './log-capture';
