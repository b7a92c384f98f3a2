import assert from 'node:assert/strict';
import { test } from 'node:test';
import { messages, unsupported } from './outcomes';

// Decimal Class, Rounding Mode:
// https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_decimal.htm

test('setScale(scale) rounds half-even and keeps trailing zeros when it widens the scale', () => {
    assert.deepEqual(
        messages(`
            Decimal a = 1.25;
            Decimal b = 1.35;
            Decimal c = -1.25;
            Decimal d = 2.5;
            System.debug(a.setScale(1) + ' ' + b.setScale(1) + ' ' + c.setScale(1) + ' ' + d.setScale(3));`),
        ['1.2 1.4 -1.2 2.500']
    );
});

test('the half modes differ only at a tie, and rounding works past the first discarded digit', () => {
    assert.deepEqual(
        messages(`
            Decimal tie = 2.25;
            Decimal above = 2.2501;
            System.debug(tie.setScale(1, System.RoundingMode.HALF_UP) + ' ' + tie.setScale(1, System.RoundingMode.HALF_DOWN)
                + ' ' + tie.setScale(1, System.RoundingMode.HALF_EVEN));
            System.debug(above.setScale(1, System.RoundingMode.HALF_DOWN) + ' ' + above.setScale(1, System.RoundingMode.HALF_EVEN));`),
        ['2.3 2.2 2.2', '2.3 2.3']
    );
});

test('divide with a rounding mode rounds the exact quotient once, for negative operands too', () => {
    assert.deepEqual(
        messages(`
            Decimal two = 2;
            Decimal minusTwo = -2;
            System.debug(two.divide(3, 4, System.RoundingMode.HALF_EVEN) + ' ' + minusTwo.divide(3, 2, System.RoundingMode.FLOOR));
            System.debug(two.divide(-3, 2, System.RoundingMode.CEILING) + ' ' + two.divide(8, 1, System.RoundingMode.HALF_EVEN));
            Long tenDays = 864000000L;
            Decimal days = tenDays;
            System.debug(days.divide(86400000, 1, System.RoundingMode.HALF_EVEN));`),
        ['0.6667 -0.67', '-0.66 0.2', '10.0']
    );
});

test('UNNECESSARY on an exact result rounds nothing and its MathException has no documented message', () => {
    assert.deepEqual(
        messages(`
            Decimal value = 1.50;
            System.debug(value.setScale(1, System.RoundingMode.UNNECESSARY));
            Decimal two = 2;
            System.debug(two.divide(8, 3, System.RoundingMode.UNNECESSARY));`),
        ['1.5', '0.250']
    );
    assert.match(
        unsupported(`
            Decimal value = 1.25;
            try {
                value.setScale(1, System.RoundingMode.UNNECESSARY);
            } catch (MathException e) {
                System.debug(e.getMessage());
            }`),
        /the message of a System\.MathException/
    );
});

test('what the page leaves open stays unsupported', () => {
    assert.match(
        unsupported(`Decimal two = 2; System.debug(two.divide(3, 2));`),
        /Decimal\.divide\(divisor, scale\) that rounds/
    );
    assert.match(
        unsupported(`Decimal two = 2; System.debug(two.divide(0, 2, System.RoundingMode.UP));`),
        /Decimal\.divide by zero/
    );
    assert.match(unsupported(`Decimal d = 4000; System.debug(d.setScale(-3));`), /Decimal\.setScale with scale -3/);
});
