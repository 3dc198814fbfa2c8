export { findUnsafeInput, unsafeTextReason, FORBIDDEN_KEYS, DEFAULT_MAX_DEPTH } from './input-safety';
export { IsCalendarDate, IsSafeInt, QueryBoolean, QueryInt, TEXT_LIMITS, isCalendarDate, parseSafeInt } from './strict-query.decorators';
export { SafeIntPipe } from './safe-int.pipe';
export { NestedObject, NestedObjectList } from './nested.decorators';
