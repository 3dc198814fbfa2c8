export * from './identifier-check';
export * from './nib';
export * from './nik';
export * from './nik-koperasi';
