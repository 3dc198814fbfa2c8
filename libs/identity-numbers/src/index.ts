// Shape checks of Indonesian identity numbers (NIK, NIB), shared by every service that registers
// people or businesses. Pure: no I/O. A NIK koperasi's shape is per-dinas data and stays with its service.
export * from './identifier-check';
export * from './nib';
export * from './nik';
