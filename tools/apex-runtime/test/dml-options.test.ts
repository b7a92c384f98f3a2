import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { ApexThrow } from '../src/interpreter/errors';
import { parseAnonymous } from '../src/parser/parse';
import { newTransaction } from '../src/runner/org-session';
import { loadLabels } from '../src/org/labels-loader';
import { loadProjectRecords, loadProjectSchema } from '../src/org/index';
import { loadSources } from '../src/runner/project';
import { UnsupportedError } from '../src/unsupported';

const FORCE_APP = join(__dirname, '..', '..', '..', 'force-app');
const schema = loadProjectSchema([FORCE_APP]);
const project = loadSources(
    '.',
    [],
    { ...schema, setupRecords: loadProjectRecords([FORCE_APP], schema.schema) },
    loadLabels([FORCE_APP])
);

/** Runs anonymous Apex in a transaction of the project's org; the test reads its outbox and log. */
function transaction(source: string) {
    const interpreter = newTransaction(project, false);
    let failure: unknown = null;
    try {
        interpreter.runAnonymous(parseAnonymous('dml-options.apex', source));
    } catch (error) {
        failure = error;
    }
    return { interpreter, failure, messages: interpreter.debugLog.map((entry) => entry.message) };
}

const NEW_USER = `
    Profile profile = [SELECT Id FROM Profile LIMIT 1];
    User login = new User(ProfileId = profile.Id, Username = 'ama@example.org.exchange', Email = 'ama@example.org',
        LastName = 'Mensah', Alias = 'amensah', TimeZoneSidKey = 'GMT', LocaleSidKey = 'en_GB',
        LanguageLocaleKey = 'en_US', EmailEncodingKey = 'UTF-8');
    Database.DMLOptions options = new Database.DMLOptions();
`;

test('triggerUserEmail on new users keeps one email per user created, outside the sendEmail limit', () => {
    const { interpreter, failure, messages } = transaction(`${NEW_USER}
        User twin = login.clone();
        twin.Username = 'AMA@example.org.exchange';
        options.OptAllOrNone = false;
        options.EmailHeader.triggerUserEmail = true;
        System.debug(options.optAllOrNone + ' ' + options.emailHeader.TriggerUserEmail);
        List<Database.SaveResult> results = Database.insert(new List<User>{ login, twin }, options);
        System.debug(results[0].isSuccess() + ' ' + results[1].isSuccess());
        System.debug(results[1].getErrors()[0].getStatusCode());
        System.debug(Limits.getEmailInvocations());
        System.debug(results[0].getId());
    `);
    assert.equal(failure, null);
    assert.deepEqual(messages.slice(0, 4), ['false true', 'true false', 'DUPLICATE_USERNAME', '0']);
    assert.deepEqual(interpreter.outbox.userEmails, [{ event: 'newUser', userId: messages[4] }]);
    assert.equal(interpreter.outbox.emails.length, 0);
});

test('without triggerUserEmail no email is kept, and optAllOrNone = true throws as allOrNone does', () => {
    const { interpreter, failure } = transaction(`${NEW_USER}
        options.OptAllOrNone = true;
        User twin = login.clone();
        Database.insert(new List<User>{ login, twin }, options);
    `);
    assert.ok(failure instanceof ApexThrow);
    assert.equal(failure.exception.cls.name, 'System.DmlException');
    assert.deepEqual(interpreter.outbox.userEmails, []);
});

test('what the reference leaves open about DMLOptions is UNSUPPORTED', () => {
    const cases: readonly [string, string][] = [
        ['System.debug(options.OptAllOrNone);', 'Database.DMLOptions.optAllOrNone before it is set'],
        ['Database.insert(login, options);', 'optAllOrNone is not set'],
        ['options.allowFieldTruncation = true;', 'field Database.DMLOptions.allowFieldTruncation'],
        [
            "options.OptAllOrNone = true; options.EmailHeader.triggerUserEmail = true; Database.insert(new Account(Name = 'A'), options);",
            'records that are not new users'
        ],
        [
            'options.OptAllOrNone = true; options.EmailHeader.triggerAutoResponseEmail = true; Database.insert(login, options);',
            'EmailHeader.triggerAutoResponseEmail'
        ]
    ];
    for (const [statement, missing] of cases) {
        const { failure } = transaction(`${NEW_USER}${statement}`);
        assert.ok(failure instanceof UnsupportedError, statement);
        assert.ok(failure.message.includes(missing), `${statement}: ${failure.message}`);
    }
});
