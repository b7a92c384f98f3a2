import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { listFiles, projectPath, projectRoot, sourceRoot } from '../../lib/project';

const xml = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    isArray: (name) =>
        [
            'labels',
            'customLabels',
            'fieldPermissions',
            'objectPermissions',
            'classAccesses',
            'customMetadataTypeAccesses',
            'customPermissions',
            'target',
            'targets'
        ].includes(name)
});

/** Parses a metadata XML file into plain objects (repeated elements always as arrays). */
export function readXml(file: string): Record<string, unknown> {
    return xml.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

export interface FieldInfo {
    name: string;
    type: string;
    required: boolean;
    relationshipName?: string;
    referenceTo?: string;
    externalId: boolean;
    trackHistory: boolean;
    file: string;
}

/** Custom objects and metadata types of the project, keyed by lower-case API name. */
export function projectObjects(): Map<string, { name: string; fields: Map<string, FieldInfo> }> {
    const objects = new Map<string, { name: string; fields: Map<string, FieldInfo> }>();
    const folder = join(sourceRoot, 'objects');
    for (const objectName of existsSync(folder) ? readdirSync(folder) : []) {
        const fields = new Map<string, FieldInfo>();
        for (const file of listFiles(join(folder, objectName, 'fields'), (name) => name.endsWith('.field-meta.xml'))) {
            const field = (readXml(file).CustomField ?? {}) as Record<string, string | undefined>;
            const name = basename(file, '.field-meta.xml');
            fields.set(name.toLowerCase(), {
                name,
                type: field.type ?? '',
                required: field.required === 'true',
                relationshipName: field.relationshipName,
                referenceTo: field.referenceTo,
                externalId: field.externalId === 'true',
                trackHistory: field.trackHistory === 'true',
                file: projectPath(file)
            });
        }
        objects.set(objectName.toLowerCase(), { name: objectName, fields });
    }
    return objects;
}

/** One objectPermissions entry of a permission set. */
export interface ObjectGrant {
    object: string;
    allowCreate: boolean;
    allowRead: boolean;
    allowEdit: boolean;
    allowDelete: boolean;
    viewAllRecords: boolean;
    modifyAllRecords: boolean;
}

export interface PermissionSetInfo {
    name: string;
    file: string;
    readableFields: Set<string>;
    /** Lower-case Object.Field names the set makes editable. */
    editableFields: Set<string>;
    objectGrants: ObjectGrant[];
    fieldReferences: string[];
    objectReferences: string[];
    classReferences: string[];
    metadataTypeReferences: string[];
    customPermissionReferences: string[];
}

type Entries = Record<string, string>[] | undefined;

export function permissionSets(): PermissionSetInfo[] {
    return listFiles(join(sourceRoot, 'permissionsets'), (name) => name.endsWith('.permissionset-meta.xml')).map(
        (file) => {
            const set = (readXml(file).PermissionSet ?? {}) as Record<string, Entries>;
            const fieldPermissions = set.fieldPermissions ?? [];
            return {
                name: basename(file, '.permissionset-meta.xml'),
                file: projectPath(file),
                readableFields: new Set(
                    fieldPermissions
                        .filter((entry) => entry.readable === 'true')
                        .map((entry) => (entry.field ?? '').toLowerCase())
                ),
                editableFields: new Set(
                    fieldPermissions
                        .filter((entry) => entry.editable === 'true')
                        .map((entry) => (entry.field ?? '').toLowerCase())
                ),
                objectGrants: (set.objectPermissions ?? []).map((entry) => ({
                    object: entry.object ?? '',
                    allowCreate: entry.allowCreate === 'true',
                    allowRead: entry.allowRead === 'true',
                    allowEdit: entry.allowEdit === 'true',
                    allowDelete: entry.allowDelete === 'true',
                    viewAllRecords: entry.viewAllRecords === 'true',
                    modifyAllRecords: entry.modifyAllRecords === 'true'
                })),
                fieldReferences: fieldPermissions.map((entry) => entry.field ?? ''),
                objectReferences: (set.objectPermissions ?? []).map((entry) => entry.object ?? ''),
                classReferences: (set.classAccesses ?? []).map((entry) => entry.apexClass ?? ''),
                metadataTypeReferences: (set.customMetadataTypeAccesses ?? [])
                    .filter((entry) => entry.enabled === 'true')
                    .map((entry) => entry.name ?? ''),
                customPermissionReferences: (set.customPermissions ?? []).map((entry) => entry.name ?? '')
            };
        }
    );
}

export function customPermissionNames(): Set<string> {
    return new Set(
        listFiles(join(sourceRoot, 'customPermissions'), (name) => name.endsWith('.customPermission-meta.xml')).map(
            (file) => basename(file, '.customPermission-meta.xml')
        )
    );
}

export const LABELS_FILE = join(sourceRoot, 'labels', 'CustomLabels.labels-meta.xml');
export const TRANSLATION_LANGUAGES = ['fr', 'es', 'ar'] as const;

/** Custom label names of the project. */
export function labelNames(): string[] {
    if (!existsSync(LABELS_FILE)) {
        return [];
    }
    const labels = ((readXml(LABELS_FILE).CustomLabels ?? {}) as { labels?: { fullName: string }[] }).labels ?? [];
    return labels.map((label) => label.fullName);
}

/** Label translations of one language: label name → translated text. */
export function translations(language: string): { file: string; texts: Map<string, string> } {
    const file = join(sourceRoot, 'translations', `${language}.translation-meta.xml`);
    const texts = new Map<string, string>();
    if (existsSync(file)) {
        const entries =
            ((readXml(file).Translations ?? {}) as { customLabels?: { name: string; label?: string }[] })
                .customLabels ?? [];
        entries.forEach((entry) => texts.set(entry.name, (entry.label ?? '').trim()));
    }
    return { file: projectPath(file), texts };
}

/** 1-based line of the first occurrence of text in a project file (1 when absent), for messages. */
export function lineOf(file: string, text: string, from = 0): number {
    const content = readFileSync(join(projectRoot, file), 'utf8');
    const at = content.indexOf(text, from);
    return at < 0 ? 1 : content.slice(0, at).split('\n').length;
}

/** Component sources (not tests) of every LWC bundle. */
export function componentSources(): { file: string; source: string }[] {
    return listFiles(join(sourceRoot, 'lwc'), (name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
        .filter((file) => !file.includes('__tests__'))
        .map((file) => ({ file: projectPath(file), source: readFileSync(file, 'utf8') }));
}
