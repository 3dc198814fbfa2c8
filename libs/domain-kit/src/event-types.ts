import { UnknownEventTypeError, UnsupportedEventVersionError } from './event-type-errors';

/** A stored event as the registry reads it (an event store's recorded event fits). */
export interface StoredEvent {
  type: string;
  schemaVersion: number;
  data: unknown;
  id?: string;
  stream?: string;
  recordedAt?: Date;
}

/** Turns the data of version n into the data of version n + 1. Pure; `stored` is the event as stored (id, stream, recordedAt). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Upcaster = (data: any, stored: StoredEvent) => unknown;

export interface EventTypeOptions {
  /** The schema version written today; default 1. */
  version?: number;
  /** The oldest version ever stored for this type (a type added later starts above 1); default 1. */
  since?: number;
  /** `{ 1: v1 => v2, 2: v2 => v3, ... }`: one upcaster for every version from `since` to `version - 1`. */
  upcasters?: Record<number, Upcaster>;
}

interface Registered {
  version: number;
  since: number;
  upcasters: Map<number, Upcaster>;
}

const isVersion = (n: number): boolean => Number.isSafeInteger(n) && n >= 1;

/**
 * The event types of one aggregate (or service): each by its stable stored name, with its current
 * schema version and the upcasters that bring every older stored version up to it. Reading
 * upcasts; an unknown type or an unreadable version throws instead of being cast.
 */
export class EventTypeRegistry<Event extends { type: string; data: unknown } = { type: string; data: unknown }> {
  private readonly types = new Map<string, Registered>();

  /** `name` appears in error messages, e.g. `SOP`. */
  constructor(readonly name?: string) {}

  /** Registers a type; a second registration of the same name fails. Returns the registry, for chaining. */
  register(type: Event['type'], options: EventTypeOptions = {}): this {
    if (typeof type !== 'string' || type.length === 0) throw new Error('an event type needs a non-empty name');
    if (this.types.has(type)) throw new Error(`event type ${type} is already registered${this.name ? ` for ${this.name}` : ''}`);
    const version = options.version ?? 1;
    const since = options.since ?? 1;
    if (!isVersion(version) || !isVersion(since) || since > version) {
      throw new RangeError(`event type ${type}: versions must be integers with 1 <= since (${since}) <= version (${version})`);
    }
    const upcasters = new Map<number, Upcaster>();
    for (const [key, upcaster] of Object.entries(options.upcasters ?? {})) {
      const from = Number(key);
      if (!Number.isSafeInteger(from) || from < since || from >= version) {
        throw new RangeError(`event type ${type}: upcaster from version ${key} is outside ${since}..${version - 1}`);
      }
      upcasters.set(from, upcaster);
    }
    for (let from = since; from < version; from += 1) {
      if (!upcasters.has(from)) throw new RangeError(`event type ${type}: no upcaster from version ${from} to ${from + 1}`);
    }
    this.types.set(type, { version, since, upcasters });
    return this;
  }

  has(type: string): boolean {
    return this.types.has(type);
  }

  /** The registered type names. */
  names(): string[] {
    return [...this.types.keys()];
  }

  /** The schema version to write for a new event of this type. */
  versionOf(type: string, from: { stream?: string } = {}): number {
    const registered = this.types.get(type);
    if (!registered) throw new UnknownEventTypeError(type, undefined, from, this.name);
    return registered.version;
  }

  /** The stored event as the current version of its type. */
  read(stored: StoredEvent): Event {
    const from = { stream: stored.stream, eventId: stored.id };
    const registered = this.types.get(stored.type);
    if (!registered) throw new UnknownEventTypeError(stored.type, stored.schemaVersion, from, this.name);
    const { version, since, upcasters } = registered;
    if (!Number.isSafeInteger(stored.schemaVersion) || stored.schemaVersion < since || stored.schemaVersion > version) {
      throw new UnsupportedEventVersionError(stored.type, stored.schemaVersion, version, from);
    }
    let data = stored.data;
    for (let at = stored.schemaVersion; at < version; at += 1) data = upcasters.get(at)!(data, stored);
    return { type: stored.type, data } as Event;
  }
}
