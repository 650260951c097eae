/** The family of a `TelepartnerError`. */
export type TelepartnerErrorKind =
  | 'validation' | 'config' | 'api' | 'auth' | 'not_found' | 'rate_limit'
  | 'server' | 'timeout' | 'aborted' | 'network' | 'decode';

/** Every failure of a telepartner call. `instanceof TelepartnerError` works. */
export declare class TelepartnerError extends Error {
  constructor(message: string);
  readonly name: 'TelepartnerError';
  /** The error family. */
  readonly kind: TelepartnerErrorKind;
  /** HTTP status (or the reply envelope's status) for API and decode errors. */
  readonly status?: number;
  /** A machine-readable code from the API, when it sends one. */
  readonly code?: string;
  /** The wire name of the offending param or option (validation/config errors). */
  readonly field?: string;
  /** The rule that failed (validation/config) or what could not be decoded. */
  readonly reason?: string;
  /** A request id from the reply headers, when present. */
  readonly requestId?: string;
  /** The correlation id sent or echoed back, when present. */
  readonly correlationId?: string;
  /** The transaction id the server reported (RhysTalk `X-Transaction-Id`), when present. */
  readonly transactionId?: string;
  /** The `Idempotency-Key` this call sent (RhysTalk writes): reuse it to retry safely. */
  readonly idempotencyKey?: string;
  /** Whether the failure is transient (the SDK already retried safe operations). */
  readonly retryable: boolean;
  /** A bounded excerpt of the reply body (API and decode errors). */
  readonly body?: string;
  /** Where decoding failed (decode errors). */
  readonly path?: string;
}

/** A validation or config error: `field` and `reason` are always set. */
export type ValidationError = TelepartnerError & { kind: 'validation' | 'config'; field: string; reason: string };
/** An error reply from the API: `status` is always set. */
export type ApiError = TelepartnerError & { kind: 'api' | 'auth' | 'not_found' | 'rate_limit' | 'server'; status: number };

export declare function isTelepartnerError(e: unknown): e is TelepartnerError;
export declare function isValidationError(e: unknown): e is ValidationError;
export declare function isApiError(e: unknown): e is ApiError;
export declare function isAuthError(e: unknown): e is ApiError & { kind: 'auth' };
export declare function isNotFoundError(e: unknown): e is ApiError & { kind: 'not_found' };
export declare function isRateLimitError(e: unknown): e is ApiError & { kind: 'rate_limit' };
export declare function isServerError(e: unknown): e is ApiError & { kind: 'server' };
export declare function isTimeoutError(e: unknown): e is TelepartnerError & { kind: 'timeout' };
export declare function isAbortedError(e: unknown): e is TelepartnerError & { kind: 'aborted' };
export declare function isNetworkError(e: unknown): e is TelepartnerError & { kind: 'network' };
export declare function isDecodeError(e: unknown): e is TelepartnerError & { kind: 'decode'; status: number };
