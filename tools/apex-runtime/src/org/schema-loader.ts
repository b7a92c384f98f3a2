import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { PrimitiveName } from '../types/apex-type';
import { Schema, type FieldSchema } from '../types/schema';

/**
 * The Apex type of each field type the project's objects use: text-like fields are Strings,
 * lookups Ids, and currency fields Decimals ("Currency fields are automatically assigned the type
 * Decimal", Primitive Data Types,
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/api/langCon_apex_primitives.htm);
 * custom Number and Percent fields are Decimals too.
 */
const APEX_TYPE_OF: Readonly<Record<string, PrimitiveName>> = {
    AutoNumber: 'String',
    Checkbox: 'Boolean',
    Currency: 'Decimal',
    Date: 'Date',
    DateTime: 'Datetime',
    Email: 'String',
    EncryptedText: 'String',
    Html: 'String',
    LongTextArea: 'String',
    Lookup: 'Id',
    MasterDetail: 'Id',
    MetadataRelationship: 'String',
    MultiselectPicklist: 'String',
    Number: 'Decimal',
    Percent: 'Decimal',
    Phone: 'String',
    Picklist: 'String',
    Summary: 'Decimal',
    Text: 'String',
    TextArea: 'String',
    Time: 'Time',
    Url: 'String'
};

const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false });

interface FieldMetadata {
    CustomField?: {
        fullName?: string;
        type?: string;
        formula?: string;
        defaultValue?: string;
        summaryOperation?: string;
    };
}

interface ObjectMetadata {
    CustomObject?: { nameField?: { type?: string } };
}

function readField(path: string): FieldSchema | null {
    const field = (parser.parse(readFileSync(path, 'utf8')) as FieldMetadata).CustomField;
    const name = field?.fullName;
    const metadataType = field?.type;
    if (name === undefined || metadataType === undefined) {
        return null;
    }
    const apexType = APEX_TYPE_OF[metadataType];
    if (apexType === undefined) {
        throw new Error(`${path}: field type ${metadataType} has no Apex type in the runtime`);
    }
    return {
        name,
        metadataType,
        apexType,
        computed: field?.formula !== undefined || field?.summaryOperation !== undefined,
        hasDefault: field?.defaultValue !== undefined
    };
}

/** The `objects/` folders under a package directory, wherever they sit. */
function objectFolders(directory: string): string[] {
    if (!existsSync(directory)) {
        return [];
    }
    const found: string[] = [];
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
        if (entry.isDirectory()) {
            const path = join(directory, entry.name);
            found.push(...(entry.name === 'objects' ? [path] : objectFolders(path)));
        }
    }
    return found;
}

/**
 * Objects and fields from the SFDX object metadata: a custom object gets Id, its Name field when
 * it declares one, and its custom fields; a standard object (a folder holding only custom fields,
 * such as Account) gets Id and those fields.
 */
export function loadSchema(packageDirectories: readonly string[]): Schema {
    const schema = new Schema();
    for (const objectsFolder of packageDirectories.flatMap(objectFolders)) {
        for (const objectName of readdirSync(objectsFolder)) {
            const folder = join(objectsFolder, objectName);
            const isCustom = /__(c|mdt)$/i.test(objectName);
            const fields = new Map<string, FieldSchema>();
            const id: FieldSchema = {
                name: 'Id',
                metadataType: 'Id',
                apexType: 'Id',
                computed: false,
                hasDefault: false
            };
            fields.set('id', id);
            const objectFile = join(folder, `${objectName}.object-meta.xml`);
            if (existsSync(objectFile)) {
                const object = (parser.parse(readFileSync(objectFile, 'utf8')) as ObjectMetadata).CustomObject;
                if (object?.nameField !== undefined) {
                    const nameType = object.nameField.type === 'AutoNumber' ? 'AutoNumber' : 'Text';
                    fields.set('name', {
                        name: 'Name',
                        metadataType: nameType,
                        apexType: 'String',
                        computed: nameType === 'AutoNumber',
                        hasDefault: false
                    });
                }
            }
            const fieldsFolder = join(folder, 'fields');
            if (existsSync(fieldsFolder)) {
                for (const file of readdirSync(fieldsFolder).filter((name) => name.endsWith('.field-meta.xml'))) {
                    const field = readField(join(fieldsFolder, file));
                    if (field !== null) {
                        fields.set(field.name.toLowerCase(), field);
                    }
                }
            }
            schema.add({ name: objectName, fields, isCustom });
        }
    }
    return schema;
}
