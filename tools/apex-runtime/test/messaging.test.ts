import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { ApexThrow } from '../src/interpreter/errors';
import type { Interpreter } from '../src/interpreter/interpreter';
import { parseAnonymous } from '../src/parser/parse';
import { newTransaction } from '../src/runner/org-session';
import { loadLabels } from '../src/org/labels-loader';
import { loadProjectRecords, loadProjectSchema } from '../src/org/index';
import { loadSources } from '../src/runner/project';
import { UnsupportedError } from '../src/unsupported';

const FORCE_APP = join(__dirname, '..', '..', '..', 'force-app');
const schema = loadProjectSchema([FORCE_APP]);
/** The project's objects and deployed records (its notification types), without its classes. */
const project = loadSources(
    '.',
    [],
    { ...schema, setupRecords: loadProjectRecords([FORCE_APP], schema.schema) },
    loadLabels([FORCE_APP])
);

/** Runs anonymous Apex in a transaction of the project's org, whose outbox the test then reads. */
function transaction(source: string, prepare: (interpreter: Interpreter) => void = () => undefined) {
    const interpreter = newTransaction(project, false);
    prepare(interpreter);
    let failure: unknown = null;
    try {
        interpreter.runAnonymous(parseAnonymous('messaging.apex', source));
    } catch (error) {
        failure = error;
    }
    return { interpreter, failure, messages: interpreter.debugLog.map((entry) => entry.message) };
}

/** An organization-wide address every profile may use, as an admin sets one up. */
function withSender(interpreter: Interpreter): void {
    const { org } = interpreter.session;
    const values = new Map<string, string | boolean>([
        ['address', 'exchange@example.org'],
        ['displayname', 'CHS Exchange'],
        ['isallowallprofiles', true]
    ]);
    org.seed([{ objectType: 'OrgWideEmailAddress', values }], interpreter.session.context());
}

const EMAIL = `
    OrgWideEmailAddress sender = [SELECT Id, Address FROM OrgWideEmailAddress LIMIT 1];
    Messaging.SingleEmailMessage email = new Messaging.SingleEmailMessage();
    email.setTargetObjectId(UserInfo.getUserId());
    email.setOrgWideEmailAddressId(sender.Id);
    email.setReplyTo(sender.Address);
    email.setSaveAsActivity(false);
    email.setSubject('Your report was received');
    email.setPlainTextBody('Reference SC-1');
`;

test('Messaging.sendEmail accepts the email, counts the call and keeps it in the outbox', () => {
    const { interpreter, failure, messages } = transaction(
        `${EMAIL}
        System.debug(email.getReplyTo() + ' ' + (email.getOrgWideEmailAddressId() == sender.Id));
        List<Messaging.SendEmailResult> results = Messaging.sendEmail(new List<Messaging.SingleEmailMessage>{ email }, false);
        System.debug(results.size() + ' ' + results[0].isSuccess());
        System.debug(Limits.getEmailInvocations() + ' of ' + Limits.getLimitEmailInvocations());`,
        withSender
    );
    assert.equal(failure, null);
    assert.deepEqual(messages, ['exchange@example.org true', '1 true', '1 of 10']);
    assert.equal(interpreter.outbox.emails.length, 1);
    const [sent] = interpreter.outbox.emails;
    assert.equal(sent?.subject, 'Your report was received');
    assert.equal(sent?.plainTextBody, 'Reference SC-1');
    assert.equal(sent?.targetObjectId, interpreter.session.runningUserId);
});

test('the 11th sendEmail call in a transaction throws System.LimitException', () => {
    const { interpreter, failure } = transaction(
        `${EMAIL}
        for (Integer i = 0; i < 11; i++) {
            Messaging.sendEmail(new List<Messaging.SingleEmailMessage>{ email });
        }`,
        withSender
    );
    assert.ok(failure instanceof ApexThrow && !failure.catchable);
    assert.equal(failure.message, 'Too many Email Invocations: 11');
    assert.equal(interpreter.outbox.emails.length, 10);
});

test('what the guide does not describe about email is UNSUPPORTED, by name', () => {
    const cases: [string, string][] = [
        [
            `${EMAIL} email.setSaveAsActivity(true); Messaging.sendEmail(new List<Messaging.SingleEmailMessage>{ email });`,
            'to a user saved as an activity'
        ],
        [
            `Messaging.SingleEmailMessage e = new Messaging.SingleEmailMessage(); e.setPlainTextBody('x');
            Messaging.sendEmail(new List<Messaging.SingleEmailMessage>{ e });`,
            'without a recipient'
        ],
        [
            `Messaging.SingleEmailMessage e = new Messaging.SingleEmailMessage(); e.setToAddresses(new List<String>{ 'a@example.org' });
            Messaging.sendEmail(new List<Messaging.SingleEmailMessage>{ e });`,
            'without a body'
        ],
        [`new Messaging.SingleEmailMessage().getSubject();`, 'getSubject before setSubject'],
        [`Messaging.reserveSingleEmailCapacity(1);`, 'Messaging.reserveSingleEmailCapacity']
    ];
    for (const [source, missing] of cases) {
        const { failure } = transaction(source, withSender);
        assert.ok(
            failure instanceof UnsupportedError && failure.message.includes(missing),
            `${source}: ${String(failure)}`
        );
    }
    const fakeSender = transaction(
        `${EMAIL.replace('sender.Id', "'0D2000000000001'")}
        Messaging.sendEmail(new List<Messaging.SingleEmailMessage>{ email }, false);`,
        withSender
    );
    assert.ok(fakeSender.failure instanceof UnsupportedError);
    assert.match(
        fakeSender.failure.message,
        /organization-wide address 0D2000000000001CAA, which the org does not have/
    );
});

const BELL = `
    Messaging.CustomNotification bell = new Messaging.CustomNotification();
    bell.setNotificationTypeId([SELECT Id FROM CustomNotificationType LIMIT 1].Id);
    bell.setTitle('New reply');
    bell.setBody('Hannah replied in Cash group');
`;

test('CustomNotification.send keeps the notification for its recipients; a dummy target is allowed', () => {
    const { interpreter, failure } = transaction(
        `${BELL}
        bell.setTargetId('000000000000000AAA');
        bell.send(new Set<String>{ UserInfo.getUserId() });`
    );
    assert.equal(failure, null);
    assert.deepEqual(
        interpreter.outbox.notifications.map((sent) => [sent.title, sent.body, sent.targetId, sent.recipients]),
        [['New reply', 'Hannah replied in Cash group', '000000000000000AAA', [interpreter.session.runningUserId]]]
    );
});

test('CustomNotification.send without a target, type or user recipient is UNSUPPORTED', () => {
    const cases: [string, string][] = [
        [`${BELL} bell.send(new Set<String>{ UserInfo.getUserId() });`, 'without a target'],
        [
            `Messaging.CustomNotification bell = new Messaging.CustomNotification(); bell.setTitle('t'); bell.setBody('b');
            bell.setTargetId('000000000000000AAA'); bell.send(new Set<String>{ UserInfo.getUserId() });`,
            'without a notification type of the org'
        ],
        [
            `${BELL} bell.setTargetId('000000000000000AAA'); bell.send(new Set<String>{ '00G000000000001' });`,
            'not a user of the org'
        ]
    ];
    for (const [source, missing] of cases) {
        const { failure } = transaction(source);
        assert.ok(
            failure instanceof UnsupportedError && failure.message.includes(missing),
            `${source}: ${String(failure)}`
        );
    }
});
