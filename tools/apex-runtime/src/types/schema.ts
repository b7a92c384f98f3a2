import type { PrimitiveName } from './apex-type';

/** A field of an object, as the object metadata declares it. */
export interface FieldSchema {
    readonly name: string;
    /** The metadata type: Text, Checkbox, Lookup, Number, ... */
    readonly metadataType: string;
    /** The Apex type a value of the field has. */
    readonly apexType: PrimitiveName;
    /** Formula and roll-up summary fields are computed by the platform, never stored by Apex. */
    readonly computed: boolean;
    /** Set when the metadata gives a default value, which a new record does not show before insert. */
    readonly hasDefault: boolean;
}

export interface ObjectSchema {
    readonly name: string;
    /** By lower-case API name. */
    readonly fields: ReadonlyMap<string, FieldSchema>;
    /** False for a standard object, whose own standard fields are not catalogued yet. */
    readonly isCustom: boolean;
}

/** The objects the runtime knows, by lower-case API name. */
export class Schema {
    private readonly objects = new Map<string, ObjectSchema>();

    add(object: ObjectSchema): void {
        this.objects.set(object.name.toLowerCase(), object);
    }

    object(name: string): ObjectSchema | undefined {
        return this.objects.get(name.toLowerCase());
    }

    size(): number {
        return this.objects.size;
    }
}
