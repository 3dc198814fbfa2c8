// NIK and NIB checks copied from services/permitting/src/domain/identifiers (services may not import
// each other); they belong in a shared lib once a third user appears.
export * from './identifier-check';
export * from './nib';
export * from './nik';
export * from './nik-koperasi';
