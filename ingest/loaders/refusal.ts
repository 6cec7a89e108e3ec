import type { InputErrorKind } from '../../src/domain/errors.js';

/**
 * A parser's reason for refusing a file, before the file name is known to it (parsers run in a worker
 * and see bytes only); `loadBuffer` turns it into an `InputError(file, kind, reason)`.
 */
export class InputRefusal extends Error {
  constructor(
    readonly kind: InputErrorKind,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(reason, options);
    this.name = 'InputRefusal';
  }
}
