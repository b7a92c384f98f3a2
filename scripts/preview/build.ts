import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { transformAsync } from '@babel/core';
import replace from '@rollup/plugin-replace';
import lwc from '@lwc/rollup-plugin';
import { transform } from 'esbuild';
import { XMLParser } from 'fast-xml-parser';
import { rollup, type Plugin } from 'rollup';
import { projectRoot, sourceRoot } from '../lib/project';

/** Output of the preview build, served by `npm start` and the browser gate. */
export const PREVIEW_DIST = join(projectRoot, 'preview', 'dist');
const PREVIEW_SOURCE = join(projectRoot, 'preview');
const LANGUAGES = ['fr', 'es', 'ar'];
/**
 * The most the bundle may weigh, in bytes. Each new build is fetched whole on the next switch
 * of persona, language or page, so it is minified. When the budget was set it was 4,939,339
 * bytes minified (1.03 MB gzipped) against 7,384,798 as rollup writes it (1.26 MB gzipped);
 * most of it is the base components' icon templates. The budget leaves about a tenth for
 * growth and stays well under the unminified size, so a bundle built without minifying
 * fails the build.
 */
export const BUNDLE_BUDGET_BYTES = 5_500_000;

const xml = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    isArray: (name) => ['values', 'labels', 'customLabels'].includes(name)
});

type RecordValues = Record<string, string | null>;

function readRecord(file: string): RecordValues {
    const record = (
        xml.parse(readFileSync(file, 'utf8')) as { CustomMetadata: { values?: { field: string; value: unknown }[] } }
    ).CustomMetadata;
    const values: RecordValues = {};
    for (const entry of record.values ?? []) {
        const value = entry.value;
        values[entry.field] =
            typeof value === 'object' && value !== null
                ? ((value as { '#text'?: string })['#text'] ?? null)
                : String(value);
    }
    return values;
}

function recordsOf(type: string): { name: string; values: RecordValues }[] {
    const folder = join(sourceRoot, 'customMetadata');
    return readdirSync(folder)
        .filter((file) => file.startsWith(`${type}.`))
        .map((file) => ({
            name: basename(file, '.md-meta.xml').slice(type.length + 1),
            values: readRecord(join(folder, file))
        }));
}

const byOrder = (a: RecordValues, b: RecordValues): number =>
    Number(a.Sort_Order__c ?? 0) - Number(b.Sort_Order__c ?? 0) || String(a.Code__c).localeCompare(String(b.Code__c));

/**
 * The taxonomy as TaxonomyController returns it, from the records that deploy.
 * The package deploys no Standard_Text records (the Alliance loads them), so
 * nothing is described and every title is the packaged English one.
 */
function taxonomyModule(): string {
    const active = (values: RecordValues): boolean => values.Active__c === 'true';
    const elements = recordsOf('Standard_Element')
        .map((record) => record.values)
        .filter(active)
        .sort(byOrder);
    const activeKeys = new Set(elements.map((element) => `${element.Framework_Code__c}:${element.Code__c}`));
    const frameworks = recordsOf('Standard_Framework')
        .filter((record) => active(record.values))
        .sort((a, b) => byOrder(a.values, b.values))
        .map(({ name, values }) => ({
            code: name,
            name: values.Title__c,
            description: null,
            elementKinds: (values.Element_Kinds__c ?? '').split(',').filter(Boolean),
            elements: elements
                .filter((element) => element.Framework_Code__c === name)
                .filter((element) => !element.Parent_Code__c || activeKeys.has(`${name}:${element.Parent_Code__c}`))
                .map((element) => ({
                    code: element.Code__c,
                    frameworkCode: element.Framework_Code__c,
                    kind: element.Kind__c,
                    parentCode: element.Parent_Code__c,
                    title: element.Title__c,
                    indicatorType: element.Indicator_Type__c,
                    description: null,
                    sortOrder: Number(element.Sort_Order__c ?? 0)
                }))
        }));
    const stages = recordsOf('Verification_Stage')
        .map((record) => record.values)
        .filter(active)
        .sort(byOrder)
        .map((values) => ({
            code: values.Code__c,
            title: values.Title__c,
            description: null,
            sortOrder: Number(values.Sort_Order__c ?? 0)
        }));
    return `export default ${JSON.stringify({ frameworks, stages })};`;
}

/** The code of conduct records: version, language and text, as deployed. */
function conductModule(): string {
    const texts = recordsOf('Code_Of_Conduct').map(({ values }) => ({
        version: Number(values.Version__c ?? 0),
        language: values.Language__c ?? 'en',
        body: values.Body__c ?? ''
    }));
    return `export default ${JSON.stringify(texts)};`;
}

/** Label name → text for English and each translation. */
function labelsModule(): string {
    const table: Record<string, Record<string, string>> = { en: {} };
    const labels = (
        xml.parse(readFileSync(join(sourceRoot, 'labels', 'CustomLabels.labels-meta.xml'), 'utf8')) as {
            CustomLabels: { labels: { fullName: string; value: string }[] };
        }
    ).CustomLabels.labels;
    labels.forEach((label) => (table.en![label.fullName] = label.value));
    for (const language of LANGUAGES) {
        const file = join(sourceRoot, 'translations', `${language}.translation-meta.xml`);
        const entries = existsSync(file)
            ? ((
                  xml.parse(readFileSync(file, 'utf8')) as {
                      Translations: { customLabels?: { name: string; label: string }[] };
                  }
              ).Translations.customLabels ?? [])
            : [];
        table[language] = Object.fromEntries(entries.map((entry) => [entry.name, entry.label]));
    }
    return `export default ${JSON.stringify(table)};`;
}

/** Platform modules a component imports, served from the project's metadata and the preview data layer. */
function platformModules(): Plugin {
    const VIRTUAL = '\0preview:';
    return {
        name: 'chs-exchange-platform-modules',
        resolveId(source) {
            if (
                source.startsWith('@salesforce/label/c.') ||
                source.startsWith('@salesforce/apex/') ||
                source === '@salesforce/apex'
            ) {
                return `${VIRTUAL}${source}`;
            }
            if (source === 'preview:taxonomy' || source === 'preview:labels' || source === 'preview:conduct') {
                return `${VIRTUAL}${source}`;
            }
            return null;
        },
        load(id) {
            if (!id.startsWith(VIRTUAL)) {
                return null;
            }
            const source = id.slice(VIRTUAL.length);
            if (source === 'preview:taxonomy') {
                return taxonomyModule();
            }
            if (source === 'preview:labels') {
                return labelsModule();
            }
            if (source === 'preview:conduct') {
                return conductModule();
            }
            if (source.startsWith('@salesforce/label/c.')) {
                const name = source.slice('@salesforce/label/c.'.length);
                return `import { label } from ${JSON.stringify(join(PREVIEW_SOURCE, 'data', 'labels.ts'))};\nexport default label(${JSON.stringify(name)});`;
            }
            const runtime = JSON.stringify(join(PREVIEW_SOURCE, 'data', 'apex-runtime.ts'));
            if (source === '@salesforce/apex') {
                return `export { refreshApex } from ${runtime};`;
            }
            const method = source.slice('@salesforce/apex/'.length);
            return `import { apexMethod } from ${runtime};\nexport default apexMethod(${JSON.stringify(method)});`;
        }
    };
}

/** Strips TypeScript types before the LWC compiler sees the code. */
function stripTypes(): Plugin {
    return {
        name: 'chs-exchange-strip-types',
        async transform(code, id) {
            // The LWC plugin adds a query (?specifier=…) to component ids.
            const path = id.split('?')[0] ?? id;
            if (!path.endsWith('.ts') || id.startsWith('\0')) {
                return null;
            }
            const result = await transformAsync(code, {
                filename: path,
                babelrc: false,
                configFile: false,
                presets: [['@babel/preset-typescript', { allowDeclareFields: true, onlyRemoveTypeImports: false }]],
                plugins: [['@babel/plugin-syntax-decorators', { version: '2023-11' }]]
            });
            return result?.code ? { code: result.code, map: null } : null;
        }
    };
}

/**
 * Minifies the written bundle. No syntax is lowered (no target is given): the preview runs
 * in a current Chromium, and the code stays as the LWC compiler and rollup wrote it, only
 * shorter. Non-ASCII text (the Arabic labels) is kept as UTF-8, which index.html declares.
 * The bundle has no import or export left, so the minifier would read it as a sloppy-mode
 * script and hoist the functions that LWC's synthetic shadow declares inside a block, which
 * then collide with the engine's own in the strict module the browser loads. An empty
 * export tells it the code is a module, as index.html loads it.
 */
function minify(): Plugin {
    return {
        name: 'chs-exchange-minify',
        async renderChunk(code) {
            const result = await transform(`${code}\nexport {};\n`, {
                minify: true,
                format: 'esm',
                charset: 'utf8',
                legalComments: 'eof'
            });
            return { code: result.code, map: null };
        }
    };
}

function componentAliases(): { name: string; path: string }[] {
    const folder = join(sourceRoot, 'lwc');
    return readdirSync(folder)
        .filter((bundle) => existsSync(join(folder, bundle, `${bundle}.ts`)))
        .map((bundle) => ({ name: `c/${bundle}`, path: join(folder, bundle, `${bundle}.ts`) }));
}

/** Builds the preview into preview/dist and returns that folder. */
export async function buildPreview(): Promise<string> {
    rmSync(PREVIEW_DIST, { recursive: true, force: true });
    mkdirSync(PREVIEW_DIST, { recursive: true });
    const warnings: string[] = [];
    const bundle = await rollup({
        input: join(PREVIEW_SOURCE, 'src', 'main.ts'),
        onwarn: (warning) => {
            // Base components compile with known, harmless LWC warnings; ours must not add any.
            if (warning.id && !warning.id.includes('node_modules')) {
                warnings.push(`${warning.id}: ${warning.message}`);
            }
        },
        plugins: [
            platformModules(),
            stripTypes(),
            replace({
                preventAssignment: true,
                values: { 'import.meta.env.SSR': 'false', 'process.env.NODE_ENV': JSON.stringify('production') }
            }),
            lwc({
                rootDir: PREVIEW_SOURCE,
                enableDynamicComponents: true,
                enableSyntheticElementInternals: true,
                modules: [
                    ...componentAliases(),
                    { dir: join(PREVIEW_SOURCE, 'src', 'modules') },
                    { npm: 'lightning-base-components' }
                ]
            })
        ]
    });
    const main = join(PREVIEW_DIST, 'main.js');
    await bundle.write({ file: main, format: 'es', inlineDynamicImports: true, plugins: [minify()] });
    await bundle.close();
    if (warnings.length > 0) {
        throw new Error(`Preview build warnings in project code:\n${warnings.join('\n')}`);
    }
    const size = statSync(main).size;
    if (size > BUNDLE_BUDGET_BYTES) {
        throw new Error(
            `The preview bundle is ${size} bytes, over its budget of ${BUNDLE_BUDGET_BYTES}: is it still minified?`
        );
    }
    const slds = join(projectRoot, 'node_modules', '@salesforce-ux', 'design-system', 'assets');
    cpSync(join(slds, 'styles'), join(PREVIEW_DIST, 'assets', 'styles'), { recursive: true });
    cpSync(join(slds, 'images'), join(PREVIEW_DIST, 'assets', 'images'), { recursive: true });
    cpSync(join(PREVIEW_SOURCE, 'index.html'), join(PREVIEW_DIST, 'index.html'));
    cpSync(join(PREVIEW_SOURCE, 'favicon.svg'), join(PREVIEW_DIST, 'favicon.svg'));
    writeFileSync(join(PREVIEW_DIST, 'build.txt'), `${new Date().toISOString()}\n`);
    return PREVIEW_DIST;
}

if (require.main === module) {
    const started = Date.now();
    buildPreview().then(
        (folder) => console.log(`Preview built into ${folder} in ${Math.round((Date.now() - started) / 1000)} s.`),
        (error: unknown) => {
            console.error(error);
            process.exitCode = 1;
        }
    );
}
