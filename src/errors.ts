// Typed errors, mapped to CLI messages and exit codes in one place (src/cli/errors.ts) and later to
// HTTP statuses. Each names the thing that failed so a user can act on the message alone.

export class RegwatchError extends Error {
  override readonly name: string = 'RegwatchError';
}

/** A file or URL that cannot be read or understood. `source` names it in every message. */
export class InputError extends RegwatchError {
  override readonly name: string = 'InputError';
  constructor(
    readonly source: string,
    readonly problem: string,
  ) {
    super(`${source}: ${problem}`);
  }
}

export class UnsupportedFormatError extends InputError {
  override readonly name = 'UnsupportedFormatError';
}

export class EmptyDocumentError extends InputError {
  override readonly name = 'EmptyDocumentError';
}

export class BinaryFileError extends InputError {
  override readonly name = 'BinaryFileError';
}

export class FileTooLargeError extends InputError {
  override readonly name = 'FileTooLargeError';
}

export class ConfigError extends RegwatchError {
  override readonly name = 'ConfigError';
}

export class NotFoundError extends RegwatchError {
  override readonly name = 'NotFoundError';
}

export class QueryError extends RegwatchError {
  override readonly name = 'QueryError';
}
