/** What the interpreter uses of the in-memory org; the README's section on `src/org/` describes it. */
export { InvalidSavepointError, loadOrg, Org, type OrgOptions } from './org';
export type { OrgContext, StoreSnapshot } from './store';
export type { OrgRecord } from './record';
export { AGGREGATE_RESULT } from './record';
export { blob, date, dateTime, type FieldValue, type OrgBlob, type OrgDate, type OrgDateTime } from './values';
export { Schema, type FieldDef, type FieldType, type ObjectDef } from './schema';
export type { QueryResult } from './soql/evaluate';
export type { AccessMode, Bind } from './soql/ast';
export type { BindResolver, BindValue } from './soql/scope';
export type { ColumnType } from './soql/aggregate';
export { SoqlSyntaxError, tokenize, type Token } from './soql/lexer';
export { SoqlSchemaError } from './soql/errors';
export type { DmlInput } from './dml/engine';
export type { DmlOptions, TriggerEvent, TriggerHooks, TriggerOperation, TriggerTiming } from './dml/hooks';
export {
    DmlFailure,
    DmlUsageError,
    dmlExceptionMessage,
    type DmlOperation,
    type DmlRowError,
    type DmlRowResult
} from './dml/results';
export { loadProjectRecords, type SeedRecord } from './project-records';
export { loadPermissionSets, type PermissionSetCatalogue } from './access/permission-sets';
export { UserAccess, type ObjectOperation } from './access/permissions';
export { loadProjectSchema, type ProjectSchema, type ValidationRuleDef } from './project-schema';
export { isValidId, to18 } from './ids';
export { recordAccessGrantsOf, type RecordAccessGrants } from './access/record-access-grants';
export type { RecordVisibility } from './access/sharing';
