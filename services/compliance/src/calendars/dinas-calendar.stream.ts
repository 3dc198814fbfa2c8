/** One stream per dinas holds its working calendar: `calendar-<tenant>`. */
export const dinasCalendarStream = (tenant: string): string => `calendar-${tenant}`;
