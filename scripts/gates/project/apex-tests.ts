import { apexIndex } from './apex-index';

/** Every class has a test class named <Class>Test; test classes are @IsTest private. */
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
        const test = classes.get(`${info.name}Test`.toLowerCase());
        if (!test || !test.isTest) {
            problems.push(`${info.file}:${info.line}: ${info.name} has no @IsTest class named ${info.name}Test`);
        }
    }
    return problems;
}
