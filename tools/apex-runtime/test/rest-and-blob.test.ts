import assert from 'node:assert/strict';
import { test } from 'node:test';
import { debugMessages, run } from './support';

test('a Blob holds the bytes of ASCII text and gives them back', () => {
    const execution = run(`
Blob body = Blob.valueOf('StringToBlob');
System.debug(body.size());
System.debug(body.toString());`);
    assert.equal(execution.outcome, 'success');
    assert.deepEqual(debugMessages(execution), ['12', 'StringToBlob']);
});

test('text outside ASCII, and == between Blobs, are UNSUPPORTED: the guide names no encoding or equality', () => {
    assert.equal(run(`Blob.valueOf('café');`).outcome, 'unsupported');
    assert.equal(run(`Boolean same = Blob.valueOf('a') == Blob.valueOf('a');`).outcome, 'unsupported');
});

test('a test sets RestContext.request and response as a REST resource reads them', () => {
    const execution = run(`
RestContext.request = new RestRequest();
RestContext.request.httpMethod = 'POST';
RestContext.request.requestBody = Blob.valueOf('[]');
RestContext.request.addParameter('page', '2');
RestContext.response = new RestResponse();
RestContext.response.statusCode = 400;
RestContext.response.addHeader('Content-Type', 'application/json');
System.debug(RestContext.request.httpMethod + ' ' + RestContext.request.params.get('page'));
System.debug(RestContext.response.statusCode + ' ' + RestContext.response.headers.get('Content-Type'));
System.debug(new RestResponse().responseBody);`);
    assert.equal(execution.outcome, 'success');
    assert.deepEqual(debugMessages(execution), ['POST 2', '400 application/json', 'null']);
});
