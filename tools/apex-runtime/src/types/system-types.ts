import type { TypeRef } from '../parser/ast';
import { emptyClass, type ClassInfo, type ClassTable, type EnumInfo } from './class-table';

/**
 * The exceptions of the System namespace, as listed on "Exception Class and Built-In Exceptions"
 * (https://developer.salesforce.com/docs/platform/apex-ref/references/apex-ref/apex-classes-exception-methods.html).
 * Every one extends System.Exception.
 */
const SYSTEM_EXCEPTIONS = [
    'AssertException',
    'AsyncException',
    'AuraHandledException',
    'CalloutException',
    'DmlException',
    'EmailException',
    'ExternalObjectException',
    'FinalException',
    'FlowException',
    'HandledException',
    'IllegalArgumentException',
    'InvalidParameterValueException',
    'JSONException',
    'LimitException',
    'ListException',
    'MathException',
    'NoAccessException',
    'NoDataFoundException',
    'NoSuchElementException',
    'NullPointerException',
    'QueryException',
    'RequiredFeatureMissingException',
    'SearchException',
    'SecurityException',
    'SerializationException',
    'SObjectException',
    'StringException',
    'TypeException',
    'UnexpectedException',
    'VisualforceException',
    'XmlException'
];

/**
 * Built-in enums the standard library accepts as arguments. LoggingLevel's values are listed on
 * "LoggingLevel Enum" (https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apex/apex_enum_System_LoggingLevel.htm).
 */
const SYSTEM_ENUMS: Readonly<Record<string, readonly string[]>> = {
    LoggingLevel: ['NONE', 'ERROR', 'WARN', 'INFO', 'DEBUG', 'FINE', 'FINER', 'FINEST'],
    /**
     * A class with two static values in the platform (AccessLevel Class,
     * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_class_System_AccessLevel.htm);
     * the runtime only passes them to the Database methods, so two constants are all it needs.
     */
    AccessLevel: ['SYSTEM_MODE', 'USER_MODE'],
    /**
     * The rounding modes Decimal.divide, round and setScale take ("Rounding Mode", Decimal Class,
     * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_decimal.htm).
     */
    RoundingMode: ['CEILING', 'DOWN', 'FLOOR', 'HALF_DOWN', 'HALF_EVEN', 'HALF_UP', 'UNNECESSARY', 'UP'],
    /**
     * The codes of the StatusCode enum the in-memory org reports (Database.Error, Apex Reference Guide:
     * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_database_error.htm).
     */
    StatusCode: [
        'DUPLICATE_EXTERNAL_ID',
        'DUPLICATE_USERNAME',
        'DUPLICATE_VALUE',
        'ENTITY_IS_DELETED',
        'FIELD_CUSTOM_VALIDATION_EXCEPTION',
        'FIELD_INTEGRITY_EXCEPTION',
        'INSUFFICIENT_ACCESS_OR_READONLY',
        'INVALID_CROSS_REFERENCE_KEY',
        'INVALID_EMAIL_ADDRESS',
        'INVALID_FIELD_FOR_INSERT_UPDATE',
        'INVALID_ID_FIELD',
        'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
        'MALFORMED_ID',
        'MISSING_ARGUMENT',
        'MIXED_DML_OPERATION',
        'NUMBER_OUTSIDE_VALID_RANGE',
        'REQUIRED_FIELD_MISSING',
        'STRING_TOO_LONG',
        'UNDELETE_FAILED',
        'UNKNOWN_EXCEPTION'
    ]
};

function builtinException(simpleName: string, superclass: ClassInfo | null, name = `System.${simpleName}`): ClassInfo {
    const cls = emptyClass({
        kind: 'class',
        name,
        simpleName,
        file: null,
        outer: null,
        loc: null,
        isAbstract: false,
        isVirtual: true,
        annotations: [],
        isBuiltin: true,
        extendsTypes: [],
        implementsTypes: []
    });
    cls.superclass = superclass;
    return cls;
}

/**
 * Built-in classes the standard library creates and Apex code names as types: the DML results
 * (Database Class) and options (DMLOptions Class), Savepoint (Transaction Control), the contexts asynchronous jobs receive and
 * Database.QueryLocator, and the describe types, by their qualified names.
 */
const BUILTIN_CLASSES: readonly string[] = [
    'Database.SaveResult',
    'Database.UpsertResult',
    'Database.DeleteResult',
    'Database.UndeleteResult',
    'Database.Error',
    'Database.DMLOptions',
    'Database.DMLOptions.EmailHeader',
    'Savepoint',
    'Pattern',
    'Matcher',
    'QueueableContext',
    'SchedulableContext',
    'Database.BatchableContext',
    'Database.QueryLocator',
    'Database.QueryLocatorIterator',
    'EventBus.TestBroker',
    'EventBus.TriggerContext',
    'Schema.SObjectType',
    'Schema.SObjectField',
    'Schema.DescribeSObjectResult',
    'Messaging.SingleEmailMessage',
    'Messaging.SendEmailResult',
    'Messaging.CustomNotification',
    'Schema.SObjectTypeFields',
    'Schema.DescribeFieldResult',
    'Schema.PicklistEntry'
];

export interface SystemTypes {
    /** By lower-case qualified name: `database.saveresult`, `savepoint`. */
    readonly builtinClasses: ReadonlyMap<string, ClassInfo>;
    readonly exception: ClassInfo;
    /** By simple name, e.g. `NullPointerException`. */
    readonly exceptions: ReadonlyMap<string, ClassInfo>;
    readonly loggingLevel: EnumInfo;
}

export function addSystemTypes(table: ClassTable): SystemTypes {
    const exception = builtinException('Exception', null);
    table.addSystemType('Exception', exception);
    const exceptions = new Map<string, ClassInfo>([['Exception', exception]]);
    for (const name of SYSTEM_EXCEPTIONS) {
        const cls = builtinException(name, exception);
        exceptions.set(name, cls);
        table.addSystemType(name, cls);
    }
    const enums = new Map<string, EnumInfo>();
    for (const [name, values] of Object.entries(SYSTEM_ENUMS)) {
        const info: EnumInfo = { kind: 'enum', name: `System.${name}`, outer: null, values, isBuiltin: true };
        enums.set(name, info);
        table.addSystemType(name, info);
    }
    const loggingLevel = enums.get('LoggingLevel');
    if (loggingLevel === undefined) {
        throw new Error('LoggingLevel missing');
    }
    const builtinClasses = new Map(
        BUILTIN_CLASSES.map((name) => {
            const simpleName = name.split('.').pop() ?? name;
            const cls = builtinException(simpleName, null, name.includes('.') ? name : `System.${name}`);
            return [name.toLowerCase(), cls] as const;
        })
    );
    addMetadataNamespace(table, builtinClasses);
    // EventBus.RetryableException, which an event trigger throws to have its events sent again
    // (EventBus Namespace, Apex Reference Guide).
    builtinClasses.set(
        'eventbus.retryableexception',
        builtinException('RetryableException', exception, 'EventBus.RetryableException')
    );
    return { builtinClasses, exception, exceptions, loggingLevel };
}

/** A type as Apex source writes it, `List<Metadata.DeployMessage>`, for the fields of built-in classes. */
function typeRef(text: string): TypeRef {
    const open = text.indexOf('<');
    if (open < 0) {
        return { path: text.split('.'), args: [], text };
    }
    return { path: text.slice(0, open).split('.'), args: [typeRef(text.slice(open + 1, -1))], text };
}

/**
 * The classes of the Metadata namespace that are plain data: what a deployment callback receives
 * and what a deployment container holds. Each field is a public property with get and set, as the
 * class's page in the Apex Reference Guide lists it (Metadata Namespace:
 * https://developer.salesforce.com/docs/platform/apex-ref/references/apex-ref/apex-namespace-metadata.html).
 * Only the properties whose types the pages give are declared; any other is an unknown field.
 * Deploying and retrieving (Metadata.Operations) are not modelled: a test cannot deploy metadata.
 */
const METADATA_CLASSES: readonly {
    readonly name: string;
    readonly superclass?: string;
    readonly isAbstract?: boolean;
    readonly fields: readonly (readonly [string, string])[];
}[] = [
    // DeployResult Class: apex-class-metadata-deployresult.html
    {
        name: 'DeployResult',
        fields: [
            ['canceledBy', 'String'],
            ['canceledByName', 'String'],
            ['checkOnly', 'Boolean'],
            ['completedDate', 'Datetime'],
            ['createdBy', 'String'],
            ['createdByName', 'String'],
            ['createdDate', 'Datetime'],
            ['details', 'Metadata.DeployDetails'],
            ['done', 'Boolean'],
            ['errorMessage', 'String'],
            ['id', 'String'],
            ['status', 'Metadata.DeployStatus'],
            ['success', 'Boolean']
        ]
    },
    // DeployDetails Class: apex-class-metadata-deploydetails.html
    {
        name: 'DeployDetails',
        fields: [
            ['componentFailures', 'List<Metadata.DeployMessage>'],
            ['componentSuccesses', 'List<Metadata.DeployMessage>']
        ]
    },
    // DeployMessage Class: apex-class-metadata-deploymessage.html
    {
        name: 'DeployMessage',
        fields: [
            ['changed', 'Boolean'],
            ['columnNumber', 'Integer'],
            ['componentType', 'String'],
            ['created', 'Boolean'],
            ['createdDate', 'Datetime'],
            ['deleted', 'Boolean'],
            ['fileName', 'String'],
            ['fullName', 'String'],
            ['id', 'Id'],
            ['lineNumber', 'Integer'],
            ['problem', 'String'],
            ['success', 'Boolean']
        ]
    },
    // DeployCallbackContext Class: its one method, getCallbackJobId, is not modelled.
    { name: 'DeployCallbackContext', fields: [] },
    // DeployContainer Class: addMetadata and getMetadata live in the standard library.
    { name: 'DeployContainer', fields: [] },
    // Metadata Class, the base of every component: apex-class-metadata-metadata.html
    { name: 'Metadata', isAbstract: true, fields: [['fullName', 'String']] },
    // CustomMetadata Class: apex-class-metadata-custommetadata.html
    {
        name: 'CustomMetadata',
        superclass: 'Metadata',
        fields: [
            ['description', 'String'],
            ['label', 'String'],
            ['protected_x', 'Boolean'],
            ['values', 'List<Metadata.CustomMetadataValue>']
        ]
    },
    // CustomMetadataValue Class: apex-class-metadata-custommetadatavalue.html
    {
        name: 'CustomMetadataValue',
        fields: [
            ['field', 'String'],
            ['value', 'Object']
        ]
    }
];

/**
 * The result status of a deployment (DeployStatus Enum:
 * https://developer.salesforce.com/docs/platform/apex-ref/references/apex-ref/apex-enum-metadata-deploystatus.html).
 */
const DEPLOY_STATUSES = [
    'Canceled',
    'Canceling',
    'Failed',
    'FinalizingDeploy',
    'FinalizingDeployFailed',
    'InProgress',
    'Pending',
    'Succeeded',
    'SucceededPartial'
];

/**
 * `Metadata` as a namespace: a System type whose inner types are the namespace's classes, so that
 * `Metadata.DeployResult` and `Metadata.DeployStatus.Succeeded` resolve as any inner type does.
 * Metadata.DeployCallback, which only a project's class implements, stays a platform interface.
 */
function addMetadataNamespace(table: ClassTable, builtinClasses: Map<string, ClassInfo>): void {
    const namespace = emptyClass({
        kind: 'class',
        name: 'Metadata',
        simpleName: 'Metadata',
        file: null,
        outer: null,
        loc: null,
        isAbstract: true,
        isVirtual: false,
        annotations: [],
        isBuiltin: true,
        extendsTypes: [],
        implementsTypes: []
    });
    const status: EnumInfo = {
        kind: 'enum',
        name: 'Metadata.DeployStatus',
        outer: null,
        values: DEPLOY_STATUSES,
        isBuiltin: true
    };
    namespace.innerTypes.set('deploystatus', status);
    for (const spec of METADATA_CLASSES) {
        const cls = emptyClass({
            kind: 'class',
            name: `Metadata.${spec.name}`,
            simpleName: spec.name,
            file: null,
            outer: null,
            loc: null,
            isAbstract: spec.isAbstract ?? false,
            isVirtual: false,
            annotations: [],
            isBuiltin: true,
            extendsTypes: [],
            implementsTypes: []
        });
        for (const [name, type] of spec.fields) {
            cls.fields.set(name.toLowerCase(), {
                name,
                type: typeRef(type),
                init: null,
                isStatic: false,
                isTransient: false,
                loc: { file: 'Metadata', line: 0, column: 0 }
            });
        }
        namespace.innerTypes.set(spec.name.toLowerCase(), cls);
        builtinClasses.set(`metadata.${spec.name.toLowerCase()}`, cls);
    }
    for (const spec of METADATA_CLASSES) {
        if (spec.superclass !== undefined) {
            const cls = builtinClasses.get(`metadata.${spec.name.toLowerCase()}`);
            const superclass = builtinClasses.get(`metadata.${spec.superclass.toLowerCase()}`);
            if (cls !== undefined && superclass !== undefined) {
                cls.superclass = superclass;
            }
        }
    }
    table.addSystemType('Metadata', namespace);
}
