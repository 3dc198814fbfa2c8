/** Where a stored event came from, for error messages. */
export interface StoredEventOrigin {
  stream?: string;
  eventId?: string;
}

const origin = ({ stream, eventId }: StoredEventOrigin): string =>
  [stream !== undefined ? `stream ${stream}` : undefined, eventId !== undefined ? `event ${eventId}` : undefined].filter(Boolean).join(', ') ||
  'an event';

/**
 * A stored event whose type no registry knows: the code that wrote it is newer than this code, or
 * the type was renamed or dropped. Never cast blindly; a server fault (500), not a domain refusal.
 */
export class UnknownEventTypeError extends Error {
  readonly code = 'UNKNOWN_EVENT_TYPE';
  readonly stream?: string;
  readonly eventId?: string;

  constructor(
    readonly type: string,
    readonly version: number | undefined,
    from: StoredEventOrigin = {},
    readonly registry?: string,
  ) {
    super(
      `${origin(from)}: unknown event type ${type}${version !== undefined ? ` (schema version ${version})` : ''}` +
        `${registry ? ` for ${registry}` : ''}; register it in the event type registry`,
    );
    this.name = 'UnknownEventTypeError';
    this.stream = from.stream;
    this.eventId = from.eventId;
  }
}

/**
 * A stored event of a known type in a schema version this code cannot read: newer than the
 * current one (written by newer code), or older with no upcaster path to the current one.
 */
export class UnsupportedEventVersionError extends Error {
  readonly code = 'UNSUPPORTED_EVENT_VERSION';
  readonly stream?: string;
  readonly eventId?: string;

  constructor(
    readonly type: string,
    readonly version: number,
    readonly currentVersion: number,
    from: StoredEventOrigin = {},
  ) {
    const why =
      version > currentVersion ? `newer than the current version ${currentVersion}` : `with no upcaster path to the current version ${currentVersion}`;
    super(`${origin(from)}: event type ${type} in schema version ${version}, ${why}`);
    this.name = 'UnsupportedEventVersionError';
    this.stream = from.stream;
    this.eventId = from.eventId;
  }
}
