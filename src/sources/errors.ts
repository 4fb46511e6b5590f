import { InputError } from '../errors.ts';

/** Why a fetch failed; callers decide on retries and backoff by reason, users read the message. */
export type FetchFailure =
  | 'blocked-scheme'
  | 'blocked-address'
  | 'robots'
  | 'too-many-redirects'
  | 'too-large'
  | 'timeout'
  | 'network'
  | 'http-status'
  | 'parse';

/** A URL that could not or may not be fetched. An InputError, so the CLI reports it like a bad file. */
export class SourceFetchError extends InputError {
  override readonly name = 'SourceFetchError';
  constructor(
    readonly url: string,
    readonly reason: FetchFailure,
    detail: string,
    readonly status: number | null = null,
  ) {
    super(url, detail);
  }

  /** Worth trying again later: the server or the network may recover; a refusal will not. */
  get transient(): boolean {
    if (this.reason === 'timeout' || this.reason === 'network') return true;
    return this.reason === 'http-status' && this.status !== null && (this.status >= 500 || this.status === 429);
  }
}
