import { apexIndex } from './apex-index';

/**
 * Every class has a test class named <Class>Test; test classes are @IsTest private.
 * A plain data class (see ApexClassInfo.isPlainData: fields and auto-properties,
 * literal initialisers at most) runs no code of its own, so it has nothing to
 * test and needs no test class; its values are asserted by the tests of the
 * services that fill it. One constructor, method or computed initialiser and the
 * class needs its test again.
 */
export function checkApexTests(): string[] {
    const { classes } = apexIndex();
    const problems: string[] = [];
    for (const info of classes.values()) {
        if (info.name.includes('.')) {
            continue;
        }
        if (info.isTest) {
            if (info.hasTestMethods && !info.isPrivate) {
                problems.push(`${info.file}:${info.line}: test class ${info.name} should be private`);
            }
            continue;
        }
        if (info.isPlainData) {
            continue;
        }
        const test = classes.get(`${info.name}Test`.toLowerCase());
        if (!test || !test.isTest) {
            problems.push(`${info.file}:${info.line}: ${info.name} has no @IsTest class named ${info.name}Test`);
        }
    }
    return problems;
}
