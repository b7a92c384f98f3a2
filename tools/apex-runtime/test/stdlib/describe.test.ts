import assert from 'node:assert/strict';
import { test } from 'node:test';
import { messages, unsupported } from './outcomes';

test("a text field's describe gives its size in characters, as getLength() on the describe result", () => {
    assert.deepEqual(
        messages(`
System.debug(Schema.SObjectType.Contact.fields.FirstName.getLength());
Schema.DescribeFieldResult email = Schema.SObjectType.Contact.fields.Email;
System.debug(email.getLength());`),
        ['40', '80']
    );
});

test('a field without a size in the guide stops the run instead of answering a guess', () => {
    assert.match(
        unsupported(`System.debug(Schema.SObjectType.User.fields.IsActive.getLength());`),
        /getLength\(\) of User\.IsActive, a Checkbox field/
    );
});
