import { fieldDef, fieldMap, auditFields } from '../../src/org/fields';
import { Schema, type FieldDef, type ObjectDef } from '../../src/org/schema';
import { standardObjects } from '../../src/org/standard-objects';

function customObject(apiName: string, keyPrefix: string, fields: FieldDef[]): ObjectDef {
    return {
        apiName,
        kind: 'custom',
        keyPrefix,
        sharingModel: 'Private',
        externalSharingModel: 'Private',
        fields: fieldMap([...auditFields(), fieldDef('Name', 'Text', { length: 80 }), ...fields]),
        childRelationships: new Map()
    };
}

/**
 * The standard objects and two small custom objects: a parent with a roll-up and a master-detail
 * child, each field kind the org checks at least once.
 */
export function smallSchema(): Schema {
    const schema = new Schema();
    for (const object of standardObjects()) {
        schema.add(object);
    }
    schema.add(
        customObject('Team__c', 'a00', [
            fieldDef('Code__c', 'Text', { length: 5, unique: true, externalId: true }),
            fieldDef('Size__c', 'Number', { precision: 4, scale: 0 }),
            fieldDef('Active__c', 'Checkbox', { defaultValue: 'true' }),
            fieldDef('Status__c', 'Picklist', {
                length: 255,
                picklist: { values: ['Open', 'Closed'], defaults: ['Open'], restricted: true }
            }),
            fieldDef('Tags__c', 'MultiselectPicklist', {
                picklist: { values: ['Red', 'Green', 'Blue'], defaults: [], restricted: true }
            }),
            fieldDef('Started__c', 'Date'),
            fieldDef('Active_Players__c', 'Summary', {
                createable: false,
                updateable: false,
                summary: {
                    operation: 'count',
                    childObject: 'Player__c',
                    foreignKey: 'team__c',
                    summarizedField: null,
                    filters: [{ field: 'status__c', operation: 'equals', value: 'Active' }]
                }
            }),
            fieldDef('Top_Score__c', 'Summary', {
                createable: false,
                updateable: false,
                summary: {
                    operation: 'max',
                    childObject: 'Player__c',
                    foreignKey: 'team__c',
                    summarizedField: 'score__c',
                    filters: []
                }
            }),
            fieldDef('OwnerId', 'Lookup', { referenceTo: ['User', 'Group'], relationshipName: 'Owner' })
        ])
    );
    schema.add(
        customObject('Player__c', 'a01', [
            fieldDef('Team__c', 'MasterDetail', {
                required: true,
                referenceTo: ['Team__c'],
                relationshipName: 'Team__r',
                childRelationshipName: 'Players__r',
                deleteConstraint: 'Cascade',
                updateable: false
            }),
            fieldDef('Captain__c', 'Lookup', {
                referenceTo: ['User'],
                relationshipName: 'Captain__r',
                deleteConstraint: 'SetNull'
            }),
            fieldDef('Former_Team__c', 'Lookup', {
                referenceTo: ['Team__c'],
                relationshipName: 'Former_Team__r',
                childRelationshipName: 'Former_Players__r',
                deleteConstraint: 'SetNull'
            }),
            fieldDef('Status__c', 'Picklist', {
                length: 255,
                picklist: { values: ['Active', 'Benched'], defaults: [], restricted: false }
            }),
            fieldDef('Score__c', 'Number', { precision: 5, scale: 0 }),
            fieldDef('Email__c', 'Email', { length: 80 }),
            fieldDef('Joined__c', 'DateTime')
        ])
    );
    schema.link();
    return schema;
}
