import { NUMERIC_RANK, typeName, type ApexType } from '../types/apex-type';
import { isValidId } from '../org/index';
import { UnsupportedError } from '../unsupported';
import { isInstanceOf, typeOfValue, widen } from './conversion';
import type { Interpreter } from './interpreter';
import { isNumber, type ApexValue } from './values';

/**
 * `(Type) value`: null casts to anything; a number casts up the numeric hierarchy; anything else
 * must already be an instance, or System.TypeException is thrown.
 */
export function castValue(interpreter: Interpreter, value: ApexValue, type: ApexType): ApexValue {
    if (value === null || isInstanceOf(value, type)) {
        return value;
    }
    // Ids and Strings are both text here. A String that holds a valid Id casts to Id, as an Id read
    // into an Object (an AggregateResult column, a Map<String, Object> value) does on the platform;
    // what the platform throws for other text is not reproduced.
    if (typeof value === 'string' && type.kind === 'primitive' && type.name === 'Id') {
        if (isValidId(value)) {
            return value;
        }
        throw new UnsupportedError(`casting the String '${value}', which is not an Id, to Id`);
    }
    if (isNumber(value) && type.kind === 'primitive' && NUMERIC_RANK[type.name] !== undefined) {
        const from = NUMERIC_RANK[value.kind] ?? 0;
        const to = NUMERIC_RANK[type.name] ?? 0;
        if (from < to && (type.name === 'Long' || type.name === 'Double' || type.name === 'Decimal')) {
            return widen(value, type.name);
        }
        throw new UnsupportedError(`casting ${value.kind} down to ${type.name}`);
    }
    return interpreter.throwSystem(
        'TypeException',
        `Invalid conversion from runtime type ${typeName(typeOfValue(value))} to ${typeName(type)}`
    );
}
