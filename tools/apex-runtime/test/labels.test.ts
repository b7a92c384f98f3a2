import assert from 'node:assert/strict';
import { test } from 'node:test';
import { executeAnonymous } from '../src/runner/execute';
import { loadSources } from '../src/runner/project';
import { Labels } from '../src/types/labels';
import { debugMessages } from './support';

function runWithLabels(source: string) {
    const labels = new Labels();
    labels.add('Greeting', 'en_US', 'Hello');
    labels.addTranslation('fr', 'Greeting', 'Bonjour');
    return executeAnonymous(loadSources('.', [], undefined, labels), 'test.apex', source);
}

test('Label.get and translationExists read a label in the language asked for, its own value otherwise', () => {
    const execution = runWithLabels(`
System.debug(Label.translationExists('', 'Greeting', 'fr'));
System.debug(Label.translationExists(null, 'Greeting', 'es'));
System.debug(Label.translationExists('', 'Greeting', 'en_US'));
System.debug(System.Label.get('', 'Greeting', 'fr'));
System.debug(System.Label.get('', 'Greeting', 'es'));
System.debug(System.Label.get('', 'Greeting'));`);
    assert.equal(execution.outcome, 'success');
    assert.deepEqual(debugMessages(execution), ['true', 'false', 'true', 'Bonjour', 'Hello', 'Hello']);
});

test('a namespace, or a language code that only shares its prefix with the label, is UNSUPPORTED', () => {
    assert.equal(runWithLabels(`Label.get('other', 'Greeting', 'fr');`).outcome, 'unsupported');
    assert.equal(runWithLabels(`Label.translationExists('', 'Greeting', 'en');`).outcome, 'unsupported');
});
