import type { IntegrationEvent } from './envelope';

export interface ContractViolation {
  field: string;
  message: string;
}

/**
 * A versioned integration-event contract. `type` is the stable string name it is registered by;
 * `topic` is the service context's topic (e.g. `jejak.sop-catalogue.v1`).
 */
export interface IntegrationContract<Data> {
  type: string;
  version: number;
  topic: string;
  /** Returns the list of violations; empty when `data` is valid. */
  validate(data: unknown): ContractViolation[];
  /** Narrowing helper for handlers. */
  is(event: IntegrationEvent): event is IntegrationEvent<Data>;
}

export class DuplicateContractError extends Error {
  constructor(type: string) {
    super(`integration event type "${type}" is registered twice`);
    this.name = 'DuplicateContractError';
  }
}

/** Registry of contracts by stable type name. Registering a name twice fails. */
export class ContractRegistry {
  private readonly contracts = new Map<string, IntegrationContract<unknown>>();

  register(...contracts: IntegrationContract<unknown>[]): this {
    for (const contract of contracts) {
      if (this.contracts.has(contract.type)) throw new DuplicateContractError(contract.type);
      this.contracts.set(contract.type, contract);
    }
    return this;
  }

  get(type: string): IntegrationContract<unknown> | undefined {
    return this.contracts.get(type);
  }

  types(): string[] {
    return [...this.contracts.keys()].sort();
  }
}
