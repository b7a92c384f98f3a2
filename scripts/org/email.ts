import { debugLines, runAnonymousApex } from './org';

const allowedMarker = 'EMAIL_ALLOWED';
const refusedMarker = 'EMAIL_REFUSED';

/** What the org answered when asked whether Apex may send email. */
export interface EmailDeliverability {
    allowed: boolean;
    detail: string;
}

/**
 * Asks the org whether Apex may send email. The Deliverability access level is a Setup page
 * only (EmailAdministrationSettings in the Metadata API has no field for it), but
 * Messaging.reserveSingleEmailCapacity refuses, with the reason, when the org may not send
 * (Apex Reference, Messaging class): what the email tests and notices need.
 */
export function emailDeliverability(alias: string): EmailDeliverability {
    const answer = runAnonymousApex(
        alias,
        'org-email',
        [
            'try {',
            '    Messaging.reserveSingleEmailCapacity(1);',
            `    System.debug(LoggingLevel.ERROR, '${allowedMarker}');`,
            '} catch (Exception refused) {',
            `    System.debug(LoggingLevel.ERROR, '${refusedMarker} ' + refused.getMessage());`,
            '}',
            ''
        ].join('\n'),
        'Checking email deliverability'
    );
    const said = debugLines(answer);
    const refusal = said.find((line) => line.startsWith(refusedMarker));
    if (refusal) {
        return { allowed: false, detail: refusal.slice(refusedMarker.length).trim() };
    }
    if (said.includes(allowedMarker)) {
        return { allowed: true, detail: 'Apex may send email' };
    }
    return { allowed: false, detail: 'the org gave no answer in its debug log' };
}

/** The one step that lets the org send what the Exchange sends, for when it may not. */
export const deliverabilityStep = 'Set Setup > Email > Deliverability > Access level to "All email"; no API sets it.';
