export * from './rational';
export * from './rounding';
export * from './calendar-date';
export * from './schedule';
export * from './format';
