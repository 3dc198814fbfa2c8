export * from './letters-values.v1';
export * from './surat-masuk-events.v1';
export * from './naskah-keluar-events.v1';
