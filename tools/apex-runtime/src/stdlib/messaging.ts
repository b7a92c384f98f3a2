import type { BuiltinRegistry, CallSite } from '../interpreter/builtins';
import { newList, type ApexObject, type ApexValue } from '../interpreter/values';
import { isValidId, to18, type FieldValue } from '../org/index';
import { UnsupportedError } from '../unsupported';
import { arity, unsupportedCall } from './arguments';
import { builtinObject, classType } from './database-dml';

/*
 * Outbound email and custom notifications. Nothing is delivered: what is accepted for sending is
 * kept in the transaction's outbox (Apex cannot see delivery). The in-memory org is one whose email
 * deliverability lets Apex send; the project's metadata sets no other level.
 */

const SINGLE_EMAIL = 'Messaging.SingleEmailMessage';
const SEND_EMAIL_RESULT = 'Messaging.SendEmailResult';
const CUSTOM_NOTIFICATION = 'Messaging.CustomNotification';

/**
 * "Total number of sendEmail methods allowed: 10" (Execution Governors and Limits,
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/pages/apex_gov_limits.htm); the
 * 11th call throws the System.LimitException "Too many Email Invocations: 11", which Apex cannot catch
 * (the guide gives no message; this is the platform's, as logs quote it:
 * https://salesforce.stackexchange.com/questions/328678).
 */
const EMAIL_INVOCATION_LIMIT = 10;

type PropertyKind = 'String' | 'Id' | 'Boolean' | 'List';

/**
 * The SingleEmailMessage and base Email properties the runtime keeps. "Email properties are
 * readable and writable. Each property has corresponding setter and getter methods"
 * (SingleEmailMessage Class,
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_classes_email_outbound_single.htm;
 * Email Class (Base Email Methods),
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_classes_email_outbound_base.htm).
 * The value a getter answers before its setter ran is not documented, so that read is UNSUPPORTED.
 */
const EMAIL_PROPERTIES: Readonly<Record<string, PropertyKind>> = {
    Subject: 'String',
    PlainTextBody: 'String',
    HtmlBody: 'String',
    ReplyTo: 'String',
    SaveAsActivity: 'Boolean',
    TargetObjectId: 'Id',
    OrgWideEmailAddressId: 'Id',
    ToAddresses: 'List',
    CcAddresses: 'List',
    BccAddresses: 'List'
};

/** The CustomNotification attributes the runtime keeps; targetPageRef and the sender are UNSUPPORTED. */
const NOTIFICATION_PROPERTIES: Readonly<Record<string, PropertyKind>> = {
    Title: 'String',
    Body: 'String',
    NotificationTypeId: 'Id',
    TargetId: 'Id'
};

function propertyValue(site: CallSite, name: string, kind: PropertyKind, args: readonly ApexValue[]): ApexValue {
    arity(site, name, args, 1);
    const value = args[0] ?? null;
    if (value === null) {
        return null;
    }
    switch (kind) {
        case 'String':
            return typeof value === 'string' ? value : unsupportedCall(site, name, args);
        case 'Boolean':
            return typeof value === 'boolean' ? value : unsupportedCall(site, name, args);
        case 'Id':
            return typeof value === 'string' && isValidId(value) ? to18(value) : unsupportedCall(site, name, args);
        case 'List':
            return typeof value === 'object' &&
                value.kind === 'List' &&
                value.items.every((item) => typeof item === 'string')
                ? newList(value.elementType, [...value.items])
                : unsupportedCall(site, name, args);
    }
}

function installProperties(
    registry: BuiltinRegistry,
    className: string,
    properties: Readonly<Record<string, PropertyKind>>,
    withGetters: boolean
): void {
    for (const [property, kind] of Object.entries(properties)) {
        const key = property.toLowerCase();
        registry.addInstance('BuiltinObject', `${className}.set${property}`, (site, object, args) => {
            object.fields.set(key, propertyValue(site, `${className}.set${property}`, kind, args));
            return null;
        });
        if (!withGetters) {
            continue;
        }
        registry.addInstance('BuiltinObject', `${className}.get${property}`, (site, object, args) => {
            arity(site, `${className}.get${property}`, args, 0);
            const value = object.fields.get(key);
            if (value === undefined) {
                throw new UnsupportedError(`${className}.get${property} before set${property}`, site.loc);
            }
            return value;
        });
    }
}

function text(object: ApexObject, key: string): string | null {
    const value = object.fields.get(key) ?? null;
    return typeof value === 'string' ? value : null;
}

function addresses(object: ApexObject, key: string): string[] {
    const value = object.fields.get(key) ?? null;
    return value !== null && typeof value === 'object' && value.kind === 'List'
        ? value.items.filter((item): item is string => typeof item === 'string')
        : [];
}

/** A live record of the org with this Id and object, or undefined. */
function recordOf(
    site: CallSite,
    id: string,
    objectType: string
): { readonly values: ReadonlyMap<string, FieldValue> } | undefined {
    const record = site.interpreter.session.org.store.get(id);
    return record !== undefined && !record.deleted && record.object.apiName === objectType ? record : undefined;
}

/**
 * The checks the guide documents before an email is accepted: a recipient in toAddresses,
 * ccAddresses, bccAddresses or targetObjectId, and a body in htmlBody or plainTextBody (templates
 * are not modelled). The error a missing one gives is not documented, so it is UNSUPPORTED, as are
 * targets other than users, an email to a user saved as an activity, and an organization-wide
 * address the org does not have or that not every profile may use (profile assignments are not
 * modelled).
 */
function acceptedEmail(site: CallSite, email: ApexObject): void {
    const target = text(email, 'targetobjectid');
    const recipients = ['toaddresses', 'ccaddresses', 'bccaddresses'].flatMap((key) => addresses(email, key));
    if (target === null && recipients.length === 0) {
        throw new UnsupportedError('Messaging.sendEmail of an email without a recipient (its error)', site.loc);
    }
    if (text(email, 'plaintextbody') === null && text(email, 'htmlbody') === null) {
        throw new UnsupportedError('Messaging.sendEmail of an email without a body (its error)', site.loc);
    }
    if (target !== null) {
        if (recordOf(site, target, 'User') === undefined) {
            throw new UnsupportedError(`Messaging.sendEmail to the target ${target}, not a user of the org`, site.loc);
        }
        if (email.fields.get('saveasactivity') !== false) {
            throw new UnsupportedError('Messaging.sendEmail to a user saved as an activity (its error)', site.loc);
        }
    }
    const sender = text(email, 'orgwideemailaddressid');
    if (sender !== null) {
        const address = recordOf(site, sender, 'OrgWideEmailAddress');
        if (address === undefined) {
            throw new UnsupportedError(
                `Messaging.sendEmail from the organization-wide address ${sender}, which the org does not have (the platform's answer is not documented)`,
                site.loc
            );
        }
        if (address.values.get('isallowallprofiles') !== true) {
            throw new UnsupportedError(
                'Messaging.sendEmail from an organization-wide address not allowed to all profiles',
                site.loc
            );
        }
    }
}

/**
 * Messaging.sendEmail(emails[, allOrNone]) for SingleEmailMessages (Messaging Class,
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_classes_email_outbound_messaging.htm):
 * one SendEmailResult per email. Every email the runtime accepts is a success, so allOrNone changes nothing.
 */
function sendEmail(site: CallSite, args: readonly ApexValue[]): ApexValue {
    const name = 'Messaging.sendEmail';
    arity(site, name, args, 1, 2);
    const [emails = null, allOrNone = true] = args;
    const { interpreter } = site;
    if (interpreter.limits.used('emailInvocations') >= EMAIL_INVOCATION_LIMIT) {
        interpreter.throwSystem('LimitException', `Too many Email Invocations: ${EMAIL_INVOCATION_LIMIT + 1}`);
    }
    if (emails === null || typeof emails !== 'object' || emails.kind !== 'List' || typeof allOrNone !== 'boolean') {
        return unsupportedCall(site, name, args);
    }
    const messages = emails.items.map((item) =>
        item !== null && typeof item === 'object' && item.kind === 'Object' && item.cls.name === SINGLE_EMAIL
            ? item
            : undefined
    );
    if (messages.length === 0 || messages.some((message) => message === undefined)) {
        throw new UnsupportedError(
            `${name} of an empty list, or of something other than SingleEmailMessages`,
            site.loc
        );
    }
    interpreter.limits.count('emailInvocations');
    const accepted = messages.filter((message): message is ApexObject => message !== undefined);
    accepted.forEach((email) => acceptedEmail(site, email));
    for (const email of accepted) {
        interpreter.outbox.emails.push({
            targetObjectId: text(email, 'targetobjectid'),
            toAddresses: addresses(email, 'toaddresses'),
            orgWideEmailAddressId: text(email, 'orgwideemailaddressid'),
            replyTo: text(email, 'replyto'),
            subject: text(email, 'subject'),
            plainTextBody: text(email, 'plaintextbody'),
            htmlBody: text(email, 'htmlbody')
        });
    }
    return newList(
        classType(site, SEND_EMAIL_RESULT),
        accepted.map(() => builtinObject(site, SEND_EMAIL_RESULT, { success: true }))
    );
}

/**
 * CustomNotification.send(Set<String> users) (CustomNotification Class,
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_class_Messaging_CustomNotification.htm):
 * "You must specify a target for a notification ... if both are omitted, send() throws an
 * exception", whose type the guide does not name, so UNSUPPORTED; a dummy targetId such as
 * 000000000000000AAA is accepted. Apex in system mode needs no user permission to send. The
 * notification type must be one the org has, recipients users of the org; a missing title or
 * body, other recipient kinds and the errors of either are not documented and are UNSUPPORTED.
 */
function sendNotification(site: CallSite, notification: ApexObject, args: readonly ApexValue[]): ApexValue {
    const name = `${CUSTOM_NOTIFICATION}.send`;
    arity(site, name, args, 1);
    const users = args[0] ?? null;
    if (users === null || typeof users !== 'object' || users.kind !== 'Set') {
        return unsupportedCall(site, name, args);
    }
    const recipients = [...users.entries.values()];
    if (recipients.length === 0 || recipients.some((id) => typeof id !== 'string' || !isValidId(id))) {
        throw new UnsupportedError(`${name} to no recipient, or to a value that is not an Id`, site.loc);
    }
    const typeId = text(notification, 'notificationtypeid');
    if (typeId === null || recordOf(site, typeId, 'CustomNotificationType') === undefined) {
        throw new UnsupportedError(`${name} without a notification type of the org`, site.loc);
    }
    const targetId = text(notification, 'targetid');
    if (targetId === null) {
        throw new UnsupportedError(`${name} without a target (the exception the guide mentions)`, site.loc);
    }
    const title = text(notification, 'title');
    const body = text(notification, 'body');
    if (title === null || body === null) {
        throw new UnsupportedError(`${name} without a title or a body`, site.loc);
    }
    const userIds = recipients.map((id) => to18(String(id)));
    const notUser = userIds.find((id) => recordOf(site, id, 'User') === undefined);
    if (notUser !== undefined) {
        throw new UnsupportedError(`${name} to ${notUser}, not a user of the org`, site.loc);
    }
    site.interpreter.outbox.notifications.push({
        notificationTypeId: typeId,
        title,
        body,
        targetId,
        recipients: userIds
    });
    return null;
}

export function installMessaging(registry: BuiltinRegistry): void {
    registry.addConstructor(SINGLE_EMAIL, (site, args) => {
        arity(site, `new ${SINGLE_EMAIL}`, args, 0);
        return builtinObject(site, SINGLE_EMAIL, {});
    });
    registry.addConstructor(CUSTOM_NOTIFICATION, (site, args) => {
        arity(site, `new ${CUSTOM_NOTIFICATION}`, args, 0);
        return builtinObject(site, CUSTOM_NOTIFICATION, {});
    });
    installProperties(registry, SINGLE_EMAIL, EMAIL_PROPERTIES, true);
    installProperties(registry, CUSTOM_NOTIFICATION, NOTIFICATION_PROPERTIES, false);
    registry.addStatic('Messaging', 'sendEmail', sendEmail);
    registry.addInstance('BuiltinObject', `${CUSTOM_NOTIFICATION}.send`, sendNotification);
    registry.addInstance('BuiltinObject', `${SEND_EMAIL_RESULT}.isSuccess`, (site, result, args) => {
        arity(site, `${SEND_EMAIL_RESULT}.isSuccess`, args, 0);
        return result.fields.get('success') ?? null;
    });
}
