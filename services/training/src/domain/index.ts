export * from './kegiatan/kegiatan.commands';
export * from './kegiatan/kegiatan.events';
export * from './kegiatan/kegiatan.state';
export * from './kegiatan/kegiatan.decider';
