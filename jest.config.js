const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
    ...jestConfig,
    // Tests live with the components; scripts such as scripts/org/test.ts are not test suites.
    roots: ['<rootDir>/force-app'],
    modulePathIgnorePatterns: ['<rootDir>/preview/', '<rootDir>/.tmp/', '<rootDir>/.sfdx/'],
    // One navigation stub for every test: it records what the components ask for.
    moduleNameMapper: {
        '^lightning/navigation$': '<rootDir>/force-app/test/jest-mocks/lightning/navigation.ts'
    },
    testPathIgnorePatterns: [...(jestConfig.testPathIgnorePatterns ?? []), '<rootDir>/preview/', '<rootDir>/.tmp/'],
    // Coverage is measured on the TypeScript sources, not on the JavaScript tsc emits next to them.
    collectCoverageFrom: ['force-app/**/lwc/**/*.ts', '!**/__tests__/**', '!**/*.d.ts'],
    coverageThreshold: {
        global: { lines: 90, branches: 85 }
    }
};
