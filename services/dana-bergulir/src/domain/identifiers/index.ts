export * from '@jejak/identity-numbers';
export * from './nik-koperasi';
