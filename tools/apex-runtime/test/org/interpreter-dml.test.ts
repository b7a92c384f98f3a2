import assert from 'node:assert/strict';
import { test } from 'node:test';
import { executeAnonymous } from '../../src/runner/execute';
import { loadSources } from '../../src/runner/project';
import { runTests, testClasses } from '../../src/runner/test-runner';
import { debugMessages } from '../support';

const TRIGGER = `trigger AccountNames on Account(before insert, after update) {
    for (Account account : Trigger.new) {
        if (Trigger.isBefore && account.Name == 'Refused') {
            account.addError('Refused by the trigger');
        } else if (Trigger.isBefore) {
            account.Name = account.Name + ' (checked)';
        } else {
            System.debug('after update ' + Trigger.oldMap.get(account.Id).Name + ' -> ' + account.Name);
        }
    }
}`;

function runWithTrigger(source: string) {
    const project = loadSources('.', [], undefined, undefined, [
        { file: 'triggers/AccountNames.trigger', source: TRIGGER }
    ]);
    return executeAnonymous(project, 'dml.apex', source);
}

test("DML runs the project's triggers: before triggers change the saved row, addError fails it", () => {
    const execution = runWithTrigger(`
        Account account = new Account(Name = 'Acme');
        insert account;
        Account saved = [SELECT Name FROM Account WHERE Id = :account.Id];
        System.debug(saved.Name);
        saved.Name = 'Acme Ltd';
        update saved;
        try {
            insert new Account(Name = 'Refused');
        } catch (DmlException e) {
            System.debug(e.getDmlType(0) + ': ' + e.getDmlMessage(0));
        }
        List<Database.SaveResult> results = Database.insert(new List<Account>{ new Account(Name = 'Refused') }, false);
        System.debug(results[0].isSuccess() + ' ' + results[0].getErrors()[0].getMessage());
        System.debug(Limits.getDmlStatements() + ' ' + [SELECT COUNT() FROM Account]);`);
    assert.equal(execution.outcome, 'success');
    assert.deepEqual(debugMessages(execution), [
        'Acme (checked)',
        'after update Acme (checked) -> Acme Ltd',
        'FIELD_CUSTOM_VALIDATION_EXCEPTION: Refused by the trigger',
        'false Refused by the trigger',
        '4 1'
    ]);
});

test('a savepoint rollback restores the records; Ids already set stay', () => {
    const execution = runWithTrigger(`
        Savepoint before = Database.setSavepoint();
        Account account = new Account(Name = 'Acme');
        insert account;
        Database.rollback(before);
        System.debug([SELECT COUNT() FROM Account] + ' ' + (account.Id != null));`);
    assert.equal(execution.outcome, 'success');
    assert.deepEqual(debugMessages(execution), ['0 true']);
});

const RUN_AS_TEST = `@IsTest
private class RunAsTest {
    @IsTest
    static void runsAsTheAdministratorAgain() {
        Id admin = UserInfo.getUserId();
        System.runAs(new User(Id = admin)) {
            Assert.areEqual(admin, UserInfo.getUserId(), 'the same user');
            insert new Account(Name = 'Inside');
        }
        Assert.areEqual(2, Limits.getDmlStatements(), 'runAs counts one DML statement');
    }

    @IsTest
    static void anotherUserNeedsSharing() {
        Profile standard = [SELECT Id FROM Profile WHERE Name = 'Standard User'];
        User someone = new User(Username = 'someone@example.com', LastName = 'One', Email = 'someone@example.com',
            Alias = 'one', LanguageLocaleKey = 'fr', LocaleSidKey = 'fr_FR', TimeZoneSidKey = 'Europe/Paris',
            EmailEncodingKey = 'UTF-8', ProfileId = standard.Id);
        System.runAs(new User(Id = UserInfo.getUserId())) {
            insert someone;
        }
        insert new Account(Name = 'Acme');
        System.runAs(someone) {
            Assert.areEqual('fr', UserInfo.getLanguage(), 'the user language');
            List<Account> visible = [SELECT Id FROM Account];
        }
    }
}`;

test('System.runAs switches the running user; sharing of an object without its default is UNSUPPORTED', () => {
    const project = loadSources('.', [{ file: 'classes/RunAsTest.cls', source: RUN_AS_TEST }]);
    const results = new Map(
        runTests(project, testClasses(project, undefined)).map((result) => [result.method, result])
    );
    assert.equal(results.get('runsAsTheAdministratorAgain')?.verdict, 'PASS');
    assert.equal(results.get('anotherUserNeedsSharing')?.verdict, 'UNSUPPORTED');
    assert.match(results.get('anotherUserNeedsSharing')?.message ?? '', /record sharing of Account/);
});
