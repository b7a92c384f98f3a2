import lwcConfig from '@salesforce/eslint-config-lwc';
import jestPlugin from 'eslint-plugin-jest';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Stand-ins for platform modules in component tests. */
const JEST_STUBS = ['force-app/test/jest-mocks/**/*.ts'];
const COMPONENT_TS = ['force-app/**/lwc/**/*.ts', ...JEST_STUBS];
const COMPONENT_TESTS = ['force-app/**/lwc/**/__tests__/**/*.ts', ...JEST_STUBS];
const TOOLING_TS = ['scripts/**/*.ts', 'preview/**/*.ts', 'types/**/*.ts', 'tools/**/*.ts'];

export default [
    {
        ignores: [
            'node_modules/**',
            'coverage/**',
            '.tmp/**',
            '.sfdx/**',
            '.sf/**',
            'preview/dist/**',
            'preview/out/**',
            // JavaScript emitted by tsc from the component sources
            'force-app/**/lwc/**/*.js'
        ]
    },
    // Lightning web components: the LWC rules, on TypeScript parsed by typescript-eslint.
    ...lwcConfig.configs.recommended.map((config) => ({ ...config, files: COMPONENT_TS })),
    ...tseslint.configs.recommended.map((config) => ({ ...config, files: COMPONENT_TS })),
    {
        files: COMPONENT_TS,
        languageOptions: { parser: tseslint.parser, parserOptions: { sourceType: 'module' } }
    },
    {
        files: COMPONENT_TESTS,
        ...jestPlugin.configs['flat/recommended'],
        rules: {
            ...jestPlugin.configs['flat/recommended'].rules,
            // Tests wait for re-renders with a zero timeout.
            '@lwc/lwc/no-async-operation': 'off',
            // jest.mock factories run before imports, so they must require().
            '@typescript-eslint/no-require-imports': 'off'
        }
    },
    // Build, check and preview scripts and the offline Apex runtime run in node, not on the platform.
    ...tseslint.configs.recommended.map((config) => ({ ...config, files: TOOLING_TS })),
    {
        files: TOOLING_TS,
        languageOptions: { globals: { ...globals.node } }
    },
    {
        files: ['**/*.js', '**/*.mjs'],
        languageOptions: { globals: { ...globals.node } }
    }
];
