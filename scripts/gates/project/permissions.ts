import { apexIndex } from './apex-index';
import { customPermissionNames, permissionSets, projectObjects } from './metadata-model';

/**
 * Every custom field can be read through at least one permission set, and every
 * reference in a permission set exists. Exempt from FLS, as the platform refuses
 * field permissions for them: required fields and master-detail fields. Custom
 * metadata type fields take no field permissions at all; access to the type is
 * granted with customMetadataTypeAccesses, so that is required instead.
 */
/**
 * Fields that no permission set may grant: only the Apex service that owns them
 * reads them, and decides what to reveal. Decision 0014 explains the reporter of a
 * complaint, decision 0031 the text of a message.
 */
export const SERVICE_ONLY_FIELDS = new Set(['sensitive_complaint__c.reporter__c', 'exchange_message__c.body__c']);

/**
 * Objects that no permission set may grant at all, neither the object nor any of
 * its fields: their record's Owner, Created By and history would otherwise be
 * one list view or API query away (decision 0028). Their fields need no reader.
 * The complaint's filing event is one too: whoever may read it could subscribe
 * and learn who published it.
 */
export const SERVICE_ONLY_OBJECTS = new Set(['sensitive_complaint__c', 'sensitive_complaint_filed__e']);

/**
 * Platform event fields take no field-level security (every field is in every
 * message), so they need no field permission:
 * https://developer.salesforce.com/docs/atlas.en-us.platform_events.meta/platform_events/platform_events_considerations.htm
 */
function isPlatformEvent(objectName: string): boolean {
    return objectName.toLowerCase().endsWith('__e');
}

export function checkPermissions(): string[] {
    const objects = projectObjects();
    const sets = permissionSets();
    const problems: string[] = [];
    const readable = new Set(sets.flatMap((set) => [...set.readableFields]));
    const grantedTypes = new Set(sets.flatMap((set) => set.metadataTypeReferences.map((name) => name.toLowerCase())));

    for (const object of objects.values()) {
        if (object.name.endsWith('__mdt')) {
            if (!grantedTypes.has(object.name.toLowerCase())) {
                problems.push(`objects/${object.name}: no permission set grants access to this custom metadata type`);
            }
            continue;
        }
        if (SERVICE_ONLY_OBJECTS.has(object.name.toLowerCase()) || isPlatformEvent(object.name)) {
            continue;
        }
        for (const field of object.fields.values()) {
            const key = `${object.name}.${field.name}`.toLowerCase();
            if (SERVICE_ONLY_FIELDS.has(key)) {
                continue;
            }
            const exempt = field.required || field.type === 'MasterDetail';
            if (!exempt && !readable.has(key)) {
                problems.push(`${field.file}: no permission set makes ${object.name}.${field.name} readable`);
            }
        }
    }

    const classes = apexIndex().classes;
    const permissions = customPermissionNames();
    for (const set of sets) {
        for (const reference of set.fieldReferences) {
            if (SERVICE_ONLY_FIELDS.has(reference.toLowerCase())) {
                problems.push(`${set.file}: ${reference} is read only through its service and must not be granted`);
            }
            const [objectName = '', fieldName = ''] = reference.split('.');
            if (SERVICE_ONLY_OBJECTS.has(objectName.toLowerCase())) {
                problems.push(`${set.file}: ${objectName} is read only through its service and must not be granted`);
            }
            const object = objects.get(objectName.toLowerCase());
            if (object && !object.fields.has(fieldName.toLowerCase())) {
                problems.push(`${set.file}: field ${reference} does not exist`);
            }
            if (!object && objectName.endsWith('__c')) {
                problems.push(`${set.file}: object of ${reference} does not exist`);
            }
        }
        for (const objectName of set.objectReferences.filter((name) => SERVICE_ONLY_OBJECTS.has(name.toLowerCase()))) {
            problems.push(`${set.file}: ${objectName} is read only through its service and must not be granted`);
        }
        for (const objectName of set.objectReferences.filter((name) => name.endsWith('__c'))) {
            if (!objects.has(objectName.toLowerCase())) {
                problems.push(`${set.file}: object ${objectName} does not exist`);
            }
        }
        for (const className of set.classReferences) {
            if (!classes.has(className.toLowerCase())) {
                problems.push(`${set.file}: Apex class ${className} does not exist`);
            }
        }
        for (const typeName of set.metadataTypeReferences) {
            if (!objects.has(typeName.toLowerCase())) {
                problems.push(`${set.file}: custom metadata type ${typeName} does not exist`);
            }
        }
        for (const permission of set.customPermissionReferences) {
            if (!permissions.has(permission)) {
                problems.push(`${set.file}: custom permission ${permission} does not exist`);
            }
        }
    }
    return problems;
}
