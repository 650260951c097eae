/**
 * `url` with a callback token for `referenceId` (an HMAC-SHA256 of the reference id and an
 * expiry, in the query), valid for `ttlSeconds` (default one day). What `callbackSecret` does
 * for you on `createMaskedCall`; use it for callback URLs you build yourself.
 */
export declare function signCallbackUrl(url: string, referenceId: string, secret: string, ttlSeconds?: number): Promise<string>;
