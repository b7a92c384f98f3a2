import type { SourceLocation } from './parser/ast';

/**
 * The runtime met a construct, method or platform behaviour it does not implement. The run stops
 * with the verdict UNSUPPORTED; Apex code cannot catch it, so nothing unimplemented is skipped.
 */
export class UnsupportedError extends Error {
    constructor(
        /** What is missing, e.g. `SOQL query` or `String.format with a non-String argument`. */
        readonly missing: string,
        readonly loc: SourceLocation | null = null
    ) {
        super(loc === null ? `UNSUPPORTED: ${missing}` : `UNSUPPORTED: ${missing} (${loc.file}:${loc.line})`);
        this.name = 'UnsupportedError';
    }
}
