import assert from 'node:assert/strict';
import { test } from 'node:test';
import { messages, unsupported } from './outcomes';

test('find walks the matches with their groups, starts and ends', () => {
    assert.deepEqual(
        messages(`
            Matcher m = Pattern.compile('(?s)<([a-z]+)[^<>]*>').matcher('a<b x>c<i>d');
            while (m.find()) { System.debug(m.group() + '|' + m.group(1) + '|' + m.start() + '|' + m.end()); }
            System.debug(m.groupCount());`),
        ['<b x>|b|1|6', '<i>|i|7|10', '1']
    );
});

test('an empty match moves the next search on by one character, as Java does', () => {
    assert.deepEqual(
        messages(`Matcher m = Pattern.compile('a*').matcher('baa');
            while (m.find()) { System.debug(m.start() + '-' + m.end()); }`),
        ['0-0', '1-3', '3-3']
    );
});

test('matches needs the whole input; a group that took no part is null with -1 bounds', () => {
    assert.deepEqual(
        messages(`Matcher m = Pattern.compile('(a)|(b)').matcher('b');
            System.debug(m.matches()); System.debug(m.group(1)); System.debug(m.start(1) + ' ' + m.end(2));
            System.debug(Pattern.compile('ab').matcher('abc').matches());
            System.debug(Pattern.compile('ab').matcher('abc').lookingAt());
            System.debug(Pattern.matches('SC-[A-HJ-NP-Z2-9]{3}', 'SC-AB2'));`),
        ['true', 'null', '-1 1', 'false', 'true', 'true']
    );
});

test('leading inline flags, Java escapes and backreferences translate', () => {
    assert.deepEqual(
        messages(`
            System.debug(Pattern.compile('(?is)<(script)\\\\b.*?</\\\\1\\\\s*>').matcher('x<SCRIPT>a\\nb</script >y').replaceAll(''));
            System.debug(Pattern.compile('([?&|!{}\\\\[\\\\]()^~*:\\\\\\\\"\\'+\\\\-])').matcher('a+b(c)').replaceAll('\\\\\\\\$1'));
            System.debug(Pattern.compile('\\\\s+').matcher('a \\t b').replaceFirst('_'));`),
        ['xy', 'a\\+b\\(c\\)', 'a_b']
    );
});

test('Java constructs the translation cannot keep are UNSUPPORTED', () => {
    assert.match(unsupported("Pattern.compile('a++');"), /possessive/);
    assert.match(unsupported("Pattern.compile('\\\\p{Lu}');"), /escape \\p/);
    assert.match(unsupported("Pattern.compile('[a-z&&[^e]]');"), /union or intersection/);
    assert.match(unsupported("Pattern.compile('(?m)^a');"), /inline flag/);
    assert.match(unsupported("Pattern.compile('(?<=a)b');"), /group/);
});

test('inputs on which Java and JavaScript disagree are refused', () => {
    assert.match(unsupported("Pattern.compile('\\\\bé').matcher('café').find();"), /non-ASCII letters/);
    assert.match(unsupported("Pattern.compile('a$').matcher('a\\n').find();"), /final line terminator/);
});

test('\\b runs on non-ASCII text where both Java readings of a word character agree', () => {
    // Before JDK 19 \b counted every letter and digit as a word character, since then only ASCII ones.
    assert.deepEqual(
        messages(`
            Pattern block = Pattern.compile('(?is)<(script|style)\\\\b.*?</\\\\1\\\\s*>');
            System.debug(block.matcher('<p>Bonjour à tous</p><SCRIPT>é</script >!').replaceAll(''));
            System.debug(Pattern.compile('\\\\bà\\\\b').matcher('voilà tout').find());
            System.debug(Pattern.compile('\\\\btout\\\\b').matcher('voilà tout').find());`),
        ['<p>Bonjour à tous</p>!', 'false', 'true']
    );
    assert.match(unsupported("Pattern.compile('\\\\bà').matcher('voilà tout').find();"), /non-ASCII letters/);
    assert.match(unsupported("Pattern.compile('\\\\bn').matcher('n\\u0303').find();"), /non-ASCII letters/);
});

test('a case-insensitive backreference refuses non-ASCII input unless its group is ASCII literals', () => {
    assert.deepEqual(messages("System.debug(Pattern.compile('(?i)(ab|cd)-\\\\1').matcher('é AB-ab').find());"), [
        'true'
    ]);
    assert.match(
        unsupported("System.debug(Pattern.compile('(?i)([a-z]+)-\\\\1').matcher('é-É').find());"),
        /case-insensitive/
    );
});

test('group without a match and Pattern.quote are UNSUPPORTED: the pages name no result', () => {
    assert.match(unsupported("Pattern.compile('a').matcher('b').group();"), /without a successful match/);
    assert.match(unsupported("Pattern.quote('a.b');"), /Pattern.quote/);
});
