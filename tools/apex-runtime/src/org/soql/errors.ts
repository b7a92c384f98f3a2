/**
 * The query names something the schema does not have. Static SOQL would not compile; dynamic SOQL
 * throws a System.QueryException with this message.
 */
export class SoqlSchemaError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'SoqlSchemaError';
    }
}

export function noSuchColumn(column: string, objectName: string): SoqlSchemaError {
    return new SoqlSchemaError(`No such column '${column}' on entity '${objectName}'`);
}
