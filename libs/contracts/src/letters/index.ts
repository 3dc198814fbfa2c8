export * from './letter-requests.v1';
