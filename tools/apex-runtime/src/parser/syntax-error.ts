/** A file that does not parse. Nothing from it is loaded or run. */
export class ApexSyntaxError extends Error {
    constructor(
        readonly file: string,
        readonly line: number,
        readonly column: number,
        readonly detail: string
    ) {
        super(`${file}:${line}:${column}: ${detail}`);
        this.name = 'ApexSyntaxError';
    }
}
