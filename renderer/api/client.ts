import type { CallInput, CallName, CallOutput } from '../../shared/contract/calls';
import type { Result } from '../../shared/errors/result';
import { pickTransport, type Transport } from './transport';

export interface Client {
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<Result<CallOutput<N>>>;
}

/** The renderer's only way to the data: typed from the contract, any transport. */
export function createClient(transport: Transport): Client {
  return {
    // Tests and development builds check every answer against the contract
    // (dispatch's checkOutputs); the cast names that fact.
    call: <N extends CallName>(name: N, input: CallInput<N>) =>
      transport(name, input) as Promise<Result<CallOutput<N>>>,
  };
}

let shared: Client | null = null;

export function client(): Client {
  shared ??= createClient(pickTransport());
  return shared;
}
