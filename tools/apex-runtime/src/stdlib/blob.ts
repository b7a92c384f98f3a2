import type { BuiltinRegistry } from '../interpreter/builtins';
import { apexBlob, integer } from '../interpreter/values';
import { UnsupportedError } from '../unsupported';
import { unsupportedCall } from './arguments';

const ENCODER = new TextEncoder();
const DECODER = new TextDecoder();
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Blob.valueOf, size and toString (Blob Class,
 * https://developer.salesforce.com/docs/platform/apex-ref/references/apex-ref/apex-methods-system-blob.html):
 * valueOf casts a String to a Blob, size is its number of bytes, toString casts it back. The page
 * does not name the encoding, so only text whose bytes every encoding agrees on (ASCII) is
 * converted either way; anything else is UNSUPPORTED.
 */
export function installBlob(registry: BuiltinRegistry): void {
    registry.addStatic('Blob', 'valueOf', (site, args) => {
        const [text] = args;
        if (args.length !== 1 || typeof text !== 'string') {
            return unsupportedCall(site, 'Blob.valueOf', args);
        }
        if (!ASCII.test(text)) {
            throw new UnsupportedError(
                'Blob.valueOf of text that is not ASCII (the encoding is not documented)',
                site.loc
            );
        }
        return apexBlob(ENCODER.encode(text));
    });
    registry.addInstance('Blob', 'size', (site, receiver, args) => {
        if (args.length !== 0) {
            return unsupportedCall(site, 'Blob.size', args);
        }
        return integer(receiver.bytes.length);
    });
    registry.addInstance('Blob', 'toString', (site, receiver, args) => {
        if (args.length !== 0) {
            return unsupportedCall(site, 'Blob.toString', args);
        }
        if (receiver.bytes.some((byte) => byte > 0x7f)) {
            throw new UnsupportedError(
                'Blob.toString of bytes that are not ASCII (the encoding is not documented)',
                site.loc
            );
        }
        return DECODER.decode(receiver.bytes);
    });
}
