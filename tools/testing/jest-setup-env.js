require('reflect-metadata');
// Tests log through pino at "warn" unless asked otherwise, to keep CI output readable.
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'warn';
