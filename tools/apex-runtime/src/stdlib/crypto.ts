import { randomBytes } from 'node:crypto';
import type { BuiltinRegistry } from '../interpreter/builtins';
import { integer, long } from '../interpreter/values';
import { arity } from './arguments';

/**
 * Crypto.getRandomInteger and getRandomLong: "a random Integer/Long" over the type's whole range
 * (Crypto Class, Apex Reference Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_classes_restful_crypto.htm).
 */
export function installCrypto(registry: BuiltinRegistry): void {
    registry.addStatic('Crypto', 'getRandomInteger', (site, args) => {
        arity(site, 'Crypto.getRandomInteger', args, 0);
        return integer(randomBytes(4).readInt32LE(0));
    });
    registry.addStatic('Crypto', 'getRandomLong', (site, args) => {
        arity(site, 'Crypto.getRandomLong', args, 0);
        return long(randomBytes(8).readBigInt64LE(0));
    });
}
