/**
 * Integration events travel as CloudEvents 1.0 (JSON structured mode).
 * Extension attributes (lowercase, per the spec): tenant, schemaversion, correlationid, causationid, partitionkey.
 */
export interface IntegrationEvent<Data = unknown> {
  specversion: '1.0';
  /** Unique per event; consumers deduplicate on it. */
  id: string;
  /** URI-reference of the producing service, e.g. `/jejak/sop-catalogue`. */
  source: string;
  /** Stable, versioned type name, e.g. `jejak.sop.drafted.v1`. */
  type: string;
  /** RFC 3339 time of the fact. */
  time: string;
  /** The aggregate the event is about (e.g. the SOP id); also the partition key. */
  subject: string;
  datacontenttype: 'application/json';
  /** Kemendagri region code of the dinas. */
  tenant: string;
  schemaversion: number;
  correlationid: string;
  causationid?: string;
  /** Partitioning extension: the Kafka key. Equals `subject` unless a contract says otherwise. */
  partitionkey: string;
  data: Data;
}

export const SPEC_VERSION = '1.0' as const;
