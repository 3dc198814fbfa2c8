require('reflect-metadata');
// Tests log through pino at "error" unless asked otherwise, to keep CI output readable.
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'error';
