import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attributeOf, booleanOf, elementsOf, parseMetadata, textOf } from './metadata-xml';
import type { Schema } from './schema';
import { date, dateTime, type FieldValue } from './values';

/** A record the project's metadata deploys, before it gets an Id. */
export interface SeedRecord {
    readonly objectType: string;
    /** By lower-case API name. */
    readonly values: Map<string, FieldValue>;
}

/**
 * The records a deployment of the project creates: custom metadata records
 * (`customMetadata/<Type>.<Record>.md-meta.xml`), permission sets and custom notification types.
 */
export function loadProjectRecords(packageDirectories: readonly string[], schema: Schema): SeedRecord[] {
    return packageDirectories.flatMap((directory) => [
        ...metadataFolder(directory, 'customMetadata', '.md-meta.xml').map(([name, path]) =>
            customMetadataRecord(name, path, schema)
        ),
        ...metadataFolder(directory, 'permissionsets', '.permissionset-meta.xml').map(([name, path]) => {
            const xml = parseMetadata(readFileSync(path, 'utf8'), 'PermissionSet', path);
            // PermissionsCustomizeApplication is the set's enabled CustomizeApplication user permission.
            const customizes = elementsOf(xml, 'userPermissions').some(
                (entry) => textOf(entry, 'name') === 'CustomizeApplication' && booleanOf(entry, 'enabled')
            );
            return seed('PermissionSet', {
                name,
                label: textOf(xml, 'label') ?? name,
                isownedbyprofile: false,
                profileid: null,
                permissionscustomizeapplication: customizes
            });
        }),
        ...metadataFolder(directory, 'notificationtypes', '.notiftype-meta.xml').map(([name, path]) => {
            const xml = parseMetadata(readFileSync(path, 'utf8'), 'CustomNotificationType', path);
            return seed('CustomNotificationType', {
                developername: name,
                customnotiftypename: textOf(xml, 'customNotifTypeName') ?? name
            });
        })
    ]);
}

function seed(objectType: string, values: Record<string, FieldValue>): SeedRecord {
    return { objectType, values: new Map(Object.entries(values)) };
}

export function metadataFolder(root: string, folder: string, suffix: string): [string, string][] {
    const found: [string, string][] = [];
    const walk = (directory: string): void => {
        for (const entry of readdirSync(directory, { withFileTypes: true })) {
            const path = join(directory, entry.name);
            if (entry.isDirectory()) {
                if (entry.name === folder) {
                    for (const file of readdirSync(path).sort()) {
                        if (file.endsWith(suffix)) {
                            found.push([file.slice(0, -suffix.length), join(path, file)]);
                        }
                    }
                } else {
                    walk(path);
                }
            }
        }
    };
    if (existsSync(root)) {
        walk(root);
    }
    return found;
}

/** `Type.Record` names a record of `Type__mdt`; each `<values>` gives one field, typed by `xsi:type`. */
function customMetadataRecord(name: string, path: string, schema: Schema): SeedRecord {
    const [typeName = '', developerName = ''] = name.split('.');
    const objectType = `${typeName}__mdt`;
    const object = schema.object(objectType);
    if (object === undefined) {
        throw new Error(`${path}: custom metadata type ${objectType} is not in the project`);
    }
    const xml = parseMetadata(readFileSync(path, 'utf8'), 'CustomMetadata', path);
    const label = textOf(xml, 'label') ?? developerName;
    const values = new Map<string, FieldValue>([
        ['developername', developerName],
        ['masterlabel', label],
        ['label', label],
        ['qualifiedapiname', developerName],
        ['namespaceprefix', null],
        ['language', 'en_US']
    ]);
    for (const value of elementsOf(xml, 'values')) {
        const field = (textOf(value, 'field') ?? '').toLowerCase();
        if (!object.fields.has(field)) {
            throw new Error(`${path}: ${objectType} has no field ${textOf(value, 'field') ?? ''}`);
        }
        values.set(field, metadataValue(value, path));
    }
    return { objectType: object.apiName, values };
}

function metadataValue(value: ReturnType<typeof elementsOf>[number], path: string): FieldValue {
    const content = elementsOf(value, 'value')[0];
    if (content === undefined || attributeOf(content, 'xsi:nil') === 'true') {
        return null;
    }
    const text = textOf(content, '#text') ?? '';
    switch (attributeOf(content, 'xsi:type')) {
        case 'xsd:boolean':
            return text === 'true';
        case 'xsd:double':
        case 'xsd:int':
            return Number(text);
        case 'xsd:date':
            return date(text);
        case 'xsd:dateTime':
            return dateTime(Date.parse(text));
        case 'xsd:string':
        case null:
            return text;
        default:
            throw new Error(`${path}: value type ${attributeOf(content, 'xsi:type') ?? ''} not read`);
    }
}
