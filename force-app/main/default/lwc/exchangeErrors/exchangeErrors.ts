import ERROR_UNEXPECTED from '@salesforce/label/c.Error_Unexpected';
import type { ExchangeErrorCode } from '@dto/enumerations';
import type { ExchangeErrorPayload } from '@dto/shared';

interface ErrorDetail {
    code?: ExchangeErrorCode;
    message: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null;
}

/** Apex controllers send {code, message} as JSON in the exception message (types/dto/shared.d.ts). */
function fromMessage(message: string): ErrorDetail {
    if (message.startsWith('{')) {
        try {
            // The codes are the constants of ExchangeException.Code (types/dto/enumerations.d.ts).
            const payload = JSON.parse(message) as Partial<ExchangeErrorPayload>;
            if (typeof payload.code === 'string' && typeof payload.message === 'string') {
                return { code: payload.code, message: payload.message };
            }
        } catch {
            // Not a payload: the message is shown as it is.
        }
    }
    return { message };
}

function messagesOf(items: unknown): ErrorDetail[] {
    if (!Array.isArray(items)) {
        return [];
    }
    return items.flatMap((item: unknown) => {
        return isRecord(item) && typeof item.message === 'string' ? [fromMessage(item.message)] : [];
    });
}

function fromBody(body: unknown): ErrorDetail[] {
    if (Array.isArray(body)) {
        return messagesOf(body);
    }
    if (!isRecord(body)) {
        return [];
    }
    const details: ErrorDetail[] = typeof body.message === 'string' ? [fromMessage(body.message)] : [];
    details.push(...messagesOf(body.pageErrors));
    if (isRecord(body.fieldErrors)) {
        Object.values(body.fieldErrors).forEach((fieldErrors) => details.push(...messagesOf(fieldErrors)));
    }
    return details;
}

function detailsOf(error: unknown): ErrorDetail[] {
    if (error === undefined || error === null) {
        return [];
    }
    if (Array.isArray(error)) {
        return error.flatMap(detailsOf);
    }
    if (typeof error === 'string') {
        return [fromMessage(error)];
    }
    // A script error ("Expected property name … in JSON") is the page's fault, not something
    // a person can act on: it gets the generic message, as an error nothing can read does.
    if (error instanceof Error && !('body' in error)) {
        return [{ message: ERROR_UNEXPECTED }];
    }
    let details: ErrorDetail[] = [];
    if (isRecord(error)) {
        details = fromBody(error.body);
        if (details.length === 0 && typeof error.message === 'string') {
            details = [fromMessage(error.message)];
        }
    }
    return details.length > 0 ? details : [{ message: ERROR_UNEXPECTED }];
}

/** Every message an error carries, whatever its shape; never empty for a real error. */
export function reduceErrors(error: unknown): string[] {
    return [...new Set(detailsOf(error).map((detail) => detail.message))];
}

/** The stable code of an error raised by an Exchange controller, if it has one. */
export function errorCode(error: unknown): ExchangeErrorCode | undefined {
    return detailsOf(error).find((detail) => detail.code !== undefined)?.code;
}
