/** A wired Apex read as a container renders it: loading until data or an error arrives. */
export interface WiredValue<T> {
    readonly data: T | undefined;
    readonly error: unknown;
    readonly isLoading: boolean;
    readonly hasError: boolean;
    readonly hasData: boolean;
}

/**
 * The state of a wired read, from the value the wire delivered; build it again on
 * each delivery (a new object, so the template re-renders). Before the first
 * delivery, call it without a value. A null result is data: "there is none".
 */
export function wiredValue<T>(result?: ApexWireResult<T>): WiredValue<T> {
    const error = result?.error ?? undefined;
    const hasError = error !== undefined;
    const data = hasError ? undefined : result?.data;
    return { data, error, hasError, hasData: data !== undefined, isLoading: !hasError && data === undefined };
}
