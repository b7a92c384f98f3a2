import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, projectPath, projectRoot, sourceRoot } from '../../lib/project';
import { apexIndex } from './apex-index';
import { withoutComments, withoutStrings } from './apex-graph';
import {
    componentSources,
    lineOf,
    permissionSets,
    projectObjects,
    readXml,
    TRANSLATION_LANGUAGES,
    type ObjectGrant
} from './metadata-model';
import { placedComponents } from './personas';

/** Apex sources of the package (tests too unless asked), comments blanked. */
function apexSources(includeTests: boolean): { file: string; source: string }[] {
    const tests = new Set([...apexIndex().classes.values()].filter((info) => info.isTest).map((info) => info.file));
    return listFiles(join(sourceRoot, 'classes'), (name) => name.endsWith('.cls'))
        .map((file) => ({ file: projectPath(file), source: withoutComments(readFileSync(file, 'utf8')) }))
        .filter(({ file }) => includeTests || !tests.has(file));
}

const lineAt = (source: string, index: number): number => source.slice(0, index).split('\n').length;

/** Arguments of the call whose opening bracket is at open, split at top-level commas (strings blanked). */
function callArguments(code: string, open: number): string[] {
    const args: string[] = [];
    let depth = 0;
    let start = open + 1;
    for (let index = open; index < code.length; index++) {
        const char = code[index];
        if (char === '(' || char === '{' || char === '[') {
            depth++;
        } else if (char === ')' || char === '}' || char === ']') {
            depth--;
            if (depth === 0) {
                args.push(code.slice(start, index).trim());
                return args;
            }
        } else if (char === ',' && depth === 1) {
            args.push(code.slice(start, index).trim());
            start = index + 1;
        }
    }
    return args;
}

/**
 * Upsert matches on the record Id, a custom external ID field, or a standard
 * field with the idLookup property; any other field is refused at run time
 * ("Upserting Records", Apex Developer Guide,
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/langCon_apex_dml_examples_upsert.htm).
 * Standard idLookup fields are listed here as the code starts using them.
 */
const ID_LOOKUP_FIELDS = new Set(['id']);

/**
 * Rule: every upsert key is Id or an external ID. Found in `upsert records Key;`,
 * `Database.upsert(records, Object.Field, ...)` and calls of any method that
 * passes one of its Schema.SObjectField parameters to Database.upsert as the key
 * (ExchangeGate.upsertRecords). Limit: a key held in a variable is not followed.
 */
export function checkUpsertKeys(): string[] {
    const objects = projectObjects();
    const problems: string[] = [];
    const sources = apexSources(true);
    /** Wrappers: Class.method (lower case) → index of the key parameter. */
    const wrappers = new Map<string, number>();
    for (const info of apexIndex().classes.values()) {
        for (const method of info.methods) {
            const source = sources.find((each) => each.file === info.file)?.source ?? '';
            const body = withoutStrings(
                source
                    .split('\n')
                    .slice(method.line - 1, method.endLine)
                    .join('\n')
            );
            for (const match of body.matchAll(/\bDatabase\s*\.\s*upsert\s*\(/g)) {
                const key = callArguments(body, match.index + match[0].length - 1)[1] ?? '';
                const index = method.parameters.findIndex(
                    (parameter) => parameter.name === key && /SObjectField$/i.test(parameter.type)
                );
                if (index >= 0) {
                    wrappers.set(`${info.name}.${method.name}`.toLowerCase(), index);
                }
            }
        }
    }
    const checkKey = (file: string, line: number, key: string): void => {
        const [objectName = '', fieldName = ''] = key.split('.');
        if (!fieldName || ID_LOOKUP_FIELDS.has(fieldName.toLowerCase())) {
            return;
        }
        const field = objects.get(objectName.toLowerCase())?.fields.get(fieldName.toLowerCase());
        if (!field?.externalId) {
            problems.push(
                `${file}:${line}: upsert matches on ${key}, which is not an external ID, so the platform refuses it ` +
                    `("Invalid field for upsert"); set <externalId>true</externalId> in ${field?.file ?? `its field file`} or match on Id`
            );
        }
    };
    for (const { file, source } of sources) {
        const code = withoutStrings(source);
        for (const match of code.matchAll(
            /\bupsert\s+(?:as\s+(?:user|system)\s+)?[\w.]+\s+([A-Za-z_]\w*\.[A-Za-z_]\w*)\s*;/g
        )) {
            checkKey(file, lineAt(code, match.index), match[1] ?? '');
        }
        for (const match of code.matchAll(/\b([A-Za-z_]\w*)\s*\.\s*([A-Za-z_]\w*)\s*\(/g)) {
            const call = `${match[1]}.${match[2]}`.toLowerCase();
            const keyIndex = call === 'database.upsert' ? 1 : wrappers.get(call);
            if (keyIndex === undefined) {
                continue;
            }
            const key = callArguments(code, match.index + match[0].length - 1)[keyIndex] ?? '';
            if (/^[A-Za-z_]\w*\.[A-Za-z_]\w*$/.test(key)) {
                checkKey(file, lineAt(code, match.index), key);
            }
        }
    }
    return problems;
}

/**
 * Object permissions a permission set must also hold for each one it grants
 * (ObjectPermissions, "Requires PermissionsRead …",
 * https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-objectpermissions.html).
 */
const DEPENDENCIES: { grant: keyof Flags; needs: (keyof Flags)[] }[] = [
    { grant: 'modifyAllRecords', needs: ['allowRead', 'allowEdit', 'allowDelete', 'viewAllRecords'] },
    { grant: 'viewAllRecords', needs: ['allowRead'] },
    { grant: 'allowDelete', needs: ['allowRead', 'allowEdit'] },
    { grant: 'allowEdit', needs: ['allowRead'] },
    { grant: 'allowCreate', needs: ['allowRead'] }
];
/** The permission flags of one objectPermissions entry. */
type Flags = Omit<ObjectGrant, 'object'>;

/**
 * Rule: object permissions in a permission set hold what they depend on, and a
 * detail object's Read comes with Read on its master: a detail record's access
 * is its master's, and the org lists object permissions that require others in
 * PermissionDependency (Tooling API,
 * https://developer.salesforce.com/docs/atlas.en-us.api_tooling.meta/api_tooling/tooling_api_objects_permissiondependency.htm);
 * the ObjectPermissions page does not spell out the master-detail case, so this
 * part is the reviewed platform behaviour rather than a quoted rule. Standard
 * masters are left to profiles.
 */
export function checkPermissionDependencies(): string[] {
    const objects = projectObjects();
    const problems: string[] = [];
    for (const set of permissionSets()) {
        for (const grant of set.objectGrants) {
            const where = `${set.file}:${lineOf(set.file, `<object>${grant.object}</object>`)}`;
            for (const dependency of DEPENDENCIES.filter((each) => grant[each.grant])) {
                const missing = dependency.needs.filter((need) => !grant[need]);
                if (missing.length > 0) {
                    problems.push(
                        `${where}: ${set.name} gives ${grant.object} ${dependency.grant} without ${missing.join(', ')}, ` +
                            `which it depends on; the deploy refuses it: add ${missing.join(', ')} or drop ${dependency.grant}`
                    );
                }
            }
            const masters = [...(objects.get(grant.object.toLowerCase())?.fields.values() ?? [])]
                .filter((field) => field.type === 'MasterDetail' && field.referenceTo?.endsWith('__c'))
                .map((field) => field.referenceTo ?? '');
            for (const master of grant.allowRead ? masters : []) {
                const masterGrant = set.objectGrants.find((each) => each.object.toLowerCase() === master.toLowerCase());
                if (!masterGrant?.allowRead) {
                    problems.push(
                        `${where}: ${set.name} reads ${grant.object}, a detail of ${master}, without Read on ${master}; grant allowRead on ${master}`
                    );
                }
            }
        }
    }
    return problems;
}

/**
 * An org feature the code needs, where the code shows it, and the words that
 * name it in the README's prerequisites. Scratch org features:
 * https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_scratch_orgs_def_file_config_values.htm
 */
interface OrgNeed {
    what: string;
    usages: string[];
    inScratchDefinition: boolean;
    scratchFix: string;
    readmeNames: RegExp;
    /** Met by either place (an object's history), not by both. */
    eitherPlace?: boolean;
}

const SCRATCH_DEFINITION = join('config', 'project-scratch-def.json');

/** The README section whose heading names the prerequisites, or '' when there is none. */
function readmePrerequisites(): string {
    const path = join(projectRoot, 'README.md');
    const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
    const heading = /^(#+)[^\n]*prerequisite[^\n]*$/im.exec(text);
    if (!heading) {
        return '';
    }
    const rest = text.slice(heading.index + heading[0].length);
    const next = new RegExp(`^#{1,${heading[1]!.length}}\\s`, 'm').exec(rest);
    return rest.slice(0, next ? next.index : undefined);
}

/**
 * Rule: code that needs an org feature has it in the scratch definition and in
 * the README's prerequisites (a section whose heading says "Prerequisites"):
 * `*CountryCode`/`*StateCode` fields exist only with State and Country/Territory
 * Picklists; tracked fields need history on their object (CustomObject
 * enableHistory, https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customobject.htm);
 * site components need Experience Cloud (Communities); translations need the
 * Translation Workbench and end-user languages (LanguageSettings,
 * https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_languagesettings.htm).
 */
export function checkOrgShape(): string[] {
    const definitionPath = join(projectRoot, SCRATCH_DEFINITION);
    const definitionText = existsSync(definitionPath) ? readFileSync(definitionPath, 'utf8') : '{}';
    const definition = JSON.parse(definitionText) as {
        features?: string[];
        settings?: { languageSettings?: Record<string, boolean> };
    };
    const features = (definition.features ?? []).map((feature) => feature.toLowerCase());
    const needs: OrgNeed[] = [];

    const picklistUsages = apexSources(true).flatMap(({ file, source }) =>
        [...source.matchAll(/\b\w+(?:CountryCode|StateCode)\b/g)].map(
            (match) => `${file}:${lineAt(source, match.index)}`
        )
    );
    needs.push({
        what: 'State and Country/Territory Picklists',
        usages: picklistUsages,
        inScratchDefinition: features.includes('stateandcountrypicklist'),
        scratchFix: 'add "StateAndCountryPicklist" to features',
        readmeNames: /StateAndCountryPicklist|State and Country\/Territory Picklists/i
    });

    const objects = projectObjects();
    for (const object of objects.values()) {
        const tracked = [...object.fields.values()].filter((field) => field.trackHistory);
        if (tracked.length === 0) {
            continue;
        }
        const objectFile = join(sourceRoot, 'objects', object.name, `${object.name}.object-meta.xml`);
        const enabled =
            existsSync(objectFile) &&
            (readXml(objectFile).CustomObject as { enableHistory?: string } | undefined)?.enableHistory === 'true';
        needs.push({
            what: `${object.name} field history`,
            usages: tracked.map((field) => `${field.file}:${lineOf(field.file, '<trackHistory>true')}`),
            // History is switched on by the package (its object file) or, for a standard object, by the org.
            inScratchDefinition: enabled,
            scratchFix: `set <enableHistory>true</enableHistory> in ${projectPath(objectFile)}`,
            readmeNames: new RegExp(`${object.name}\\b[^\\n]*history|history[^\\n]*\\b${object.name}\\b`, 'i'),
            eitherPlace: true
        });
    }

    const siteComponents = placedComponents().filter((component) =>
        component.targets.some((target) => target.startsWith('lightningCommunity__'))
    );
    needs.push({
        what: 'Experience Cloud',
        usages: siteComponents.map((component) => component.meta),
        inScratchDefinition: features.includes('communities'),
        scratchFix: 'add "Communities" to features',
        readmeNames: /Experience Cloud|Digital Experiences|Communities/
    });

    const translated = TRANSLATION_LANGUAGES.filter((language) =>
        existsSync(join(sourceRoot, 'translations', `${language}.translation-meta.xml`))
    );
    const languageSettings = definition.settings?.languageSettings ?? {};
    needs.push({
        what: 'Translation Workbench with end-user languages',
        usages: translated.map((language) => `force-app/main/default/translations/${language}.translation-meta.xml`),
        inScratchDefinition:
            languageSettings.enableTranslationWorkbench === true && languageSettings.enableEndUserLanguages === true,
        scratchFix: 'set settings.languageSettings.enableTranslationWorkbench and enableEndUserLanguages to true',
        readmeNames: /translation/i
    });

    const prerequisites = readmePrerequisites();
    const problems: string[] = [];
    for (const need of needs.filter((each) => each.usages.length > 0)) {
        const shown = need.usages.slice(0, 6).join(', ') + (need.usages.length > 6 ? ', …' : '');
        if (need.eitherPlace && (need.inScratchDefinition || need.readmeNames.test(prerequisites))) {
            continue;
        }
        if (need.eitherPlace) {
            problems.push(
                `${need.usages[0]}: ${need.what} is neither enabled by the package nor a README prerequisite; ${need.scratchFix} or name it under the README's "Prerequisites" heading`
            );
            continue;
        }
        if (!need.inScratchDefinition) {
            const fixIn = need.scratchFix.startsWith('set <')
                ? need.scratchFix
                : `${SCRATCH_DEFINITION}: ${need.scratchFix}`;
            problems.push(
                `${SCRATCH_DEFINITION}:${lineOf(SCRATCH_DEFINITION, '"features"')}: the org lacks ${need.what}, needed by ${shown}; ${fixIn}`
            );
        }
        if (!need.readmeNames.test(prerequisites)) {
            problems.push(
                `README.md:${prerequisites ? lineOf('README.md', prerequisites.slice(0, 40)) : 1}: the README's prerequisites do not name ${need.what}, ` +
                    `needed by ${shown}; add it under a "Prerequisites" heading`
            );
        }
    }
    return problems;
}

/**
 * Rule: site code builds no file download URLs itself. LWR sites have their
 * own way to a file: lightning/fileDownload's generateUrl
 * (https://developer.salesforce.com/docs/platform/lwc/guide/reference-wire-adapters-generate-url.html).
 * Tests are left out: they may assert that such URLs are gone.
 */
export function checkFileUrls(): string[] {
    const handBuilt = /^.*(servlet\.shepherd|servlet\.FileDownload|\/sfc\/).*$/gm;
    const components = componentSources().filter(({ file }) => !file.includes('__tests__'));
    const templates = listFiles(join(sourceRoot, 'lwc'), (name) => name.endsWith('.html'))
        .filter((file) => !file.includes('__tests__'))
        .map((file) => ({ file: projectPath(file), source: readFileSync(file, 'utf8') }));
    return [...apexSources(false), ...components, ...templates].flatMap(({ file, source }) =>
        [...source.matchAll(handBuilt)].map(
            (match) =>
                `${file}:${lineAt(source, match.index)}: a hand-built file download URL (${match[1]}) does not work in an LWR site; ` +
                `return the ContentDocument Id and let the component call generateUrl from lightning/fileDownload`
        )
    );
}

/**
 * Rule: no @AuraEnabled method takes or returns an inner class, also inside
 * List<>, Set<> or Map<> ("Expose Apex Methods to Lightning Web Components":
 * an inner class as a parameter or return value isn't supported,
 * https://developer.salesforce.com/docs/platform/lwc/guide/apex-expose-method.html).
 */
export function checkAuraTypes(): string[] {
    const { classes } = apexIndex();
    const problems: string[] = [];
    for (const info of [...classes.values()].filter((each) => !each.isTest)) {
        const outer = info.name.split('.')[0]!;
        const innerClassIn = (type: string): string | undefined =>
            type
                .split(/[<>,]/)
                .filter((name) => name.length > 0)
                .map((name) => (name.includes('.') ? name : `${outer}.${name}`))
                .find((name) => name.includes('.') && classes.has(name.toLowerCase()));
        for (const method of info.methods.filter((each) => each.auraEnabled && each.isStatic)) {
            const uses = [
                { type: method.returnType, role: 'returns', line: method.line },
                ...method.parameters.map((parameter) => ({
                    type: parameter.type,
                    role: `takes ${parameter.name} as`,
                    line: parameter.line
                }))
            ];
            for (const use of uses) {
                const inner = innerClassIn(use.type);
                if (inner) {
                    problems.push(
                        `${info.file}:${use.line}: ${info.name}.${method.name} ${use.role} ${use.type}, and ${classes.get(inner.toLowerCase())!.name} ` +
                            `is an inner class, which Lightning web components do not support; move it to a top-level class`
                    );
                }
            }
        }
    }
    return problems;
}
