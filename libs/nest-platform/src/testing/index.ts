export * from './test-issuer';
export * from './log-capture';
export * from './openapi-coverage';
