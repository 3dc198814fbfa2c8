/** An instant, ISO 8601 with offset (`2025-03-03T03:00:00.000Z`), taken from the injected clock or a paper record. */
export type IsoInstant = string;
/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;
