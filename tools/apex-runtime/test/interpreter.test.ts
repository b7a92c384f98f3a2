import assert from 'node:assert/strict';
import { test } from 'node:test';
import { debugMessages, run } from './support';

function messages(source: string, classes: { file: string; source: string }[] = []): string[] {
    const execution = run(source, classes);
    assert.equal(execution.outcome, 'success', JSON.stringify(execution.events));
    return debugMessages(execution);
}

function fatal(source: string): { message: string; stack: readonly string[] } {
    const execution = run(source);
    assert.equal(execution.outcome, 'exception');
    const event = execution.events.find((candidate) => candidate.kind === 'fatal');
    assert.ok(event !== undefined && event.kind === 'fatal');
    return event;
}

function unsupported(source: string): string {
    const execution = run(source);
    assert.equal(execution.outcome, 'unsupported');
    const event = execution.events.find((candidate) => candidate.kind === 'unsupported');
    assert.ok(event !== undefined && event.kind === 'unsupported');
    return event.missing;
}

test('string concatenation prints null and numbers as String.valueOf does', () => {
    assert.deepEqual(messages("String s; System.debug('a' + s + 1 + 2.50 + true);"), ['anull12.50true']);
});

test('Integer and Long wrap on overflow; Integer division truncates', () => {
    assert.deepEqual(
        messages(
            'Integer i = -2147483648; System.debug(-i); System.debug(9223372036854775807L + 1); System.debug(-7 / 2);'
        ),
        ['-2147483648', '-9223372036854775808', '-3']
    );
});

test('dividing an Integer by zero throws System.MathException', () => {
    assert.equal(fatal('Integer zero = 0; Integer x = 1 / zero;').message, 'System.MathException: Divide by 0');
});

test('Decimal keeps its scale; lower numeric types widen on assignment', () => {
    assert.deepEqual(
        messages('Decimal d = 1.50; System.debug(d * 2); Long l = 5; System.debug(l); Double x = 1; System.debug(x);'),
        ['3.00', '5', '1.0']
    );
});

test('an uncaught exception is reported with its type, message and stack', () => {
    const result = fatal('String s;\nInteger n = s.length();');
    assert.equal(result.message, 'System.NullPointerException: Attempt to de-reference a null object');
    assert.deepEqual(result.stack, ['AnonymousBlock: line 2, column 1']);
});

test('an assertion failure cannot be caught', () => {
    const result = fatal("try { Assert.areEqual(1, 2, 'numbers'); } catch (Exception e) { System.debug('caught'); }");
    assert.equal(result.message, 'System.AssertException: Assertion Failed: numbers: Expected: 1, Actual: 2');
});

test('finally runs after a caught exception and after a return', () => {
    const source = `
        static Integer attempt() {
            try { return 1; } finally { System.debug('finally after return'); }
        }
        try { throw new DemoException('boom'); }
        catch (DemoException e) { System.debug('caught ' + e.getMessage()); }
        finally { System.debug('finally'); }
        System.debug(attempt());
        class DemoException extends Exception {}`;
    assert.deepEqual(messages(source), ['caught boom', 'finally', 'finally after return', '1']);
});

test('constructors chain through this() and super(), field initialisers run before the body', () => {
    const base = `public virtual class Base {
        protected String trail = 'base-field';
        public Base() { trail += ' base()'; }
        public Base(String name) { this(); trail += ' base(' + name + ')'; }
        public String trail() { return trail; }
    }`;
    const derived = `public class Derived extends Base {
        private Integer size = 1;
        public Derived() { super('x'); trail += ' derived ' + size; }
    }`;
    assert.deepEqual(
        messages('System.debug(new Derived().trail());', [
            { file: 'Base.cls', source: base },
            { file: 'Derived.cls', source: derived }
        ]),
        ['base-field base() base(x) derived 1']
    );
});

test('static initialisers run once, on first use, in declaration order', () => {
    const counter = `public class Counter {
        public static Integer count = 10;
        static { count += 5; }
        public static Integer next() { return ++count; }
    }`;
    assert.deepEqual(
        messages('System.debug(Counter.next()); System.debug(Counter.next()); System.debug(Counter.count);', [
            { file: 'Counter.cls', source: counter }
        ]),
        ['16', '17', '17']
    );
});

test('virtual and abstract methods dispatch on the object; interfaces and instanceof', () => {
    const source = `
        interface Shape { Decimal area(); }
        abstract class Named implements Shape {
            public virtual String describe() { return 'shape of area ' + area(); }
        }
        class Square extends Named {
            Decimal side;
            Square(Decimal side) { this.side = side; }
            public Decimal area() { return side * side; }
            public override String describe() { return 'square, ' + super.describe(); }
        }
        Shape s = new Square(1.5);
        System.debug(((Named) s).describe());
        System.debug(s instanceof Named);
        Object o = s;
        System.debug(o instanceof String);`;
    assert.deepEqual(messages(source), ['square, shape of area 2.25', 'true', 'false']);
});

test('a failed cast throws System.TypeException', () => {
    assert.equal(
        fatal("Object o = 'text'; Integer i = (Integer) o;").message,
        'System.TypeException: Invalid conversion from runtime type String to Integer'
    );
});

test('properties run their accessors; automatic ones store the value', () => {
    const source = `
        class Temperature {
            public Decimal celsius { get; set; }
            public Decimal fahrenheit { get { return celsius * 9 / 5 + 32; } }
            public Integer reads { get { reads = reads == null ? 1 : reads + 1; return reads; } private set; }
        }
        Temperature t = new Temperature();
        t.celsius = 100;
        System.debug(t.reads);
        System.debug(t.reads);`;
    assert.deepEqual(messages(source), ['1', '2']);
});

test('loops: for, for-each, while, do-while with break and continue', () => {
    const source = `
        List<String> seen = new List<String>();
        for (Integer i = 0; i < 10; i++) { if (i == 1) { continue; } if (i == 3) { break; } seen.add('for' + i); }
        for (String s : new Set<String>{'x', 'y'}) { seen.add(s); }
        Integer n = 0;
        while (true) { n++; if (n > 2) { break; } }
        do { n--; } while (n > 0);
        seen.add('n' + n);
        System.debug(String.join(seen, ','));`;
    assert.deepEqual(messages(source), ['for0,for2,x,y,n0']);
});

test('switch on an enum and on a type', () => {
    const source = `
        enum Level { LOW, HIGH }
        Level l = Level.HIGH;
        switch on l { when LOW { System.debug('low'); } when HIGH { System.debug('high'); } }
        Object o = 5;
        switch on o { when String s { System.debug('string'); } when Integer i { System.debug('integer ' + i); } }`;
    assert.deepEqual(messages(source), ['high', 'integer 5']);
});

test('null-safe navigation stops the whole chain at null', () => {
    assert.deepEqual(messages("String s; System.debug(s?.trim().length()); System.debug(s ?? 'none');"), [
        'null',
        'none'
    ]);
});

test('== on Strings ignores case; collections compare by value; maps keep String keys case-sensitive', () => {
    const source = `
        System.debug('Apex' == 'APEX');
        System.debug(new List<Integer>{1, 2} == new List<Integer>{1, 2});
        Map<String, Integer> m = new Map<String, Integer>{'a' => 1};
        System.debug(m.containsKey('A'));`;
    assert.deepEqual(messages(source), ['true', 'true', 'false']);
});

test('List membership of Strings is case-sensitive, as the List Class page documents', () => {
    assert.deepEqual(
        messages(
            "List<String> l = new List<String>{'Apex'}; System.debug(l.contains('apex')); System.debug(l.indexOf('Apex'));"
        ),
        ['false', '0']
    );
});

test('String methods follow Java: split drops trailing empty strings, replaceAll uses $n groups', () => {
    const source = `
        System.debug('a,b,,'.split(',').size());
        System.debug('2024-01-31'.replaceAll('(\\\\d+)-(\\\\d+)-(\\\\d+)', '$3/$2/$1'));
        System.debug(String.format('{0} has {1} item\\'\\'s', new List<Object>{'Cart', '3'}));
        System.debug('  padded '.trim().leftPad(8, '*'));`;
    assert.deepEqual(messages(source), ['2', '31/01/2024', "Cart has 3 item's", '**padded']);
});

test('Limits report exact counts and the documented synchronous limits', () => {
    assert.deepEqual(
        messages(
            "Test.startTest(); System.debug(Limits.getQueries() + '/' + Limits.getLimitQueries()); Test.stopTest(); System.debug(Limits.getLimitDmlRows());"
        ),
        ['0/100', '10000']
    );
    assert.match(unsupported('Test.startTest(); Test.startTest();'), /second time/);
    assert.match(unsupported('Integer cpu = Limits.getCpuTime();'), /Limits\.getCpuTime/);
});

test('what is not implemented stops the run as UNSUPPORTED, naming it', () => {
    assert.match(
        unsupported('Integer rows = [SELECT COUNT() FROM Account WITH SECURITY_ENFORCED];'),
        /^SOQL WITH SECURITY_ENFORCED/
    );
    assert.match(unsupported('Decimal d = 1.0; Decimal e = d / 3;'), /Decimal division/);
    assert.match(unsupported("String s = 'abc'; s.hashCode();"), /String\.hashCode/);
    assert.match(unsupported("String.format('{0}', new List<Object>{ 1000 });"), /not a String/);
});

test('UNSUPPORTED cannot be caught by Apex code', () => {
    assert.match(
        unsupported(
            "try { Integer i = [SELECT COUNT() FROM Account WITH SECURITY_ENFORCED]; } catch (Exception e) { System.debug('caught'); }"
        ),
        /^SOQL WITH SECURITY_ENFORCED/
    );
});
