import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, projectPath, projectRoot, sourceRoot } from '../../lib/project';
import { apexIndex } from './apex-index';
import { apexGraph, methodKey, withoutComments, withoutStrings, type MethodNode } from './apex-graph';
import { lineOf, permissionSets, projectObjects, type PermissionSetInfo } from './metadata-model';
import { CONSOLE_PERSONAS, entryMethodsByPersona, placedComponents } from './personas';
import { soqlSchema } from './soql-fields';

/*
 * In user mode the platform enforces the running user's object permissions and
 * field-level security and throws on a violation ("Set an Access Mode for
 * Database Operations",
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_classes_enforce_usermode.htm),
 * and a user may call an @AuraEnabled method only when a profile or permission
 * set grants the class ("Granting User Access for Apex Classes",
 * https://developer.salesforce.com/docs/atlas.en-us.lightning.meta/lightning/apex_grant_permission.htm).
 * So what one persona reaches must be granted by that persona's own sets, not
 * by some other set of the package.
 */

/**
 * ExchangeAccess guards and what they mean for a persona on the path past them
 * (README, "Permission sets"): the moderator and admin guards let only holders of
 * that set through; the member guard lets no Alliance staff through; the
 * organisation admin and safeguarding sets are assigned on top of a member's or
 * a staff member's set, so their guards add the set.
 * Heuristic: a guard anywhere in a method's body counts for the whole method.
 */
const GUARDS: Record<string, { only?: string; adds?: string; staffOnly?: boolean; siteOnly?: boolean }> = {
    requireadministrator: { only: 'Exchange_Administrator' },
    requiremember: { siteOnly: true },
    requiremoderator: { only: 'Exchange_Moderator' },
    requireorganisationadmin: { adds: 'Exchange_Organisation_Admin', siteOnly: true },
    requiresafeguardingofficer: { adds: 'Exchange_Safeguarding', staffOnly: true }
};
const STAFF_SETS = ['Exchange_Moderator', 'Exchange_Administrator'];
/** The error class every controller calls; it never changes who gets through. */
const ERROR_CLASS = 'exchangeexception';

/** The personas that get through the guards of one method (none when it refuses them all). */
function pastGuards(node: MethodNode, personas: string[][]): string[][] {
    let through = personas;
    for (const match of node.code.matchAll(/\bExchangeAccess\s*\.\s*(require\w+)\s*\(/g)) {
        const guard = GUARDS[(match[1] ?? '').toLowerCase()];
        if (!guard) {
            continue;
        }
        through = through
            .filter((persona) => !guard.only || persona.includes(guard.only))
            .filter((persona) => !guard.staffOnly || persona.some((set) => STAFF_SETS.includes(set)))
            .filter((persona) => !guard.siteOnly || !persona.some((set) => STAFF_SETS.includes(set)))
            .map((persona) => (guard.adds && !persona.includes(guard.adds) ? [...persona, guard.adds] : persona));
    }
    return through;
}

/** Parsed once per run: the object model and the SOQL schema are read from many files. */
let model: { objects: ReturnType<typeof projectObjects>; schema: ReturnType<typeof soqlSchema> } | undefined;
const objectModel = (): NonNullable<typeof model> => (model ??= { objects: projectObjects(), schema: soqlSchema() });

const personaKey = (persona: string[]): string => [...persona].sort().join('+');

/** Methods each persona reaches from the components that place it, past the guards: method key → personas. */
function reachByPersona(): Map<string, Map<string, string[]>> {
    const graph = apexGraph();
    const reach = new Map<string, Map<string, string[]>>();
    const queue: { key: string; persona: string[] }[] = [];
    for (const [key, entry] of entryMethodsByPersona()) {
        entry.personas.forEach((persona) => queue.push({ key, persona }));
    }
    while (queue.length > 0) {
        const { key, persona } = queue.pop()!;
        const node = graph.methods.get(key);
        if (!node) {
            continue;
        }
        for (const through of pastGuards(node, [persona])) {
            const personas = reach.get(key) ?? new Map<string, string[]>();
            if (personas.has(personaKey(through))) {
                continue;
            }
            personas.set(personaKey(through), through);
            reach.set(key, personas);
            (graph.calls.get(key) ?? []).forEach((callee) => queue.push({ key: callee, persona: through }));
        }
    }
    return reach;
}

type Access = 'read' | 'create' | 'edit' | 'delete';

/** One object or field a user-mode operation needs. */
interface Need {
    object: string;
    /** Field API name, or undefined for the object itself. */
    field?: string;
    access: Access;
    where: string;
}

/** Splits text at a separator that is outside brackets and string literals. */
function splitTopLevel(text: string, separator: string): string[] {
    const parts: string[] = [];
    let depth = 0;
    let quoted = false;
    let start = 0;
    for (let index = 0; index < text.length; index++) {
        const char = text[index];
        if (char === "'" && text[index - 1] !== '\\') {
            quoted = !quoted;
        } else if (!quoted && (char === '(' || char === '{' || char === '[')) {
            depth++;
        } else if (!quoted && (char === ')' || char === '}' || char === ']')) {
            depth--;
        } else if (!quoted && depth === 0 && text.startsWith(separator, index)) {
            parts.push(text.slice(start, index));
            start = index + separator.length;
        }
    }
    parts.push(text.slice(start));
    return parts;
}

/** The text between the bracket at open and its match. */
function bracketed(text: string, open: number): string {
    let depth = 0;
    let quoted = false;
    for (let index = open; index < text.length; index++) {
        const char = text[index];
        if (char === "'" && text[index - 1] !== '\\') {
            quoted = !quoted;
        } else if (!quoted && char === '(') {
            depth++;
        } else if (!quoted && char === ')' && --depth === 0) {
            return text.slice(open + 1, index);
        }
    }
    return text.slice(open + 1);
}

/**
 * The text of a SOQL string built in Apex from literals and the class's String
 * constants; any other operand (a variable the caller passes) becomes a `?`,
 * whose fields are not known here.
 */
function composeString(expression: string, source: string, depth = 0): string {
    return splitTopLevel(expression, '+')
        .map((operand) => operand.trim())
        .map((operand) => {
            const literal = /^'((?:[^'\\]|\\.)*)'$/.exec(operand);
            if (literal) {
                return literal[1] ?? '';
            }
            const constant = new RegExp(`\\bString\\s+${operand}\\s*=\\s*([^;]+);`).exec(source);
            return constant && depth < 5 ? composeString(constant[1] ?? '', source, depth + 1) : ' ? ';
        })
        .join('');
}

interface SoqlShape {
    from: string;
    fields: string[];
    children: SoqlShape[];
}

/** SELECT list, FROM and the custom fields named after FROM, of a composed SOQL string. */
function soqlShape(soql: string): SoqlShape | undefined {
    const select = /^\s*SELECT\s+/i.exec(soql);
    if (!select) {
        return undefined;
    }
    const rest = soql.slice(select[0].length);
    const fromAt = splitTopLevel(rest, ' FROM ');
    const list = fromAt[0] ?? '';
    const after = fromAt.slice(1).join(' FROM ').trim();
    const from = /^(\w+)/.exec(after)?.[1] ?? '';
    const shape: SoqlShape = { from, fields: [], children: [] };
    for (const item of splitTopLevel(list, ',').map((part) => part.trim())) {
        if (item.startsWith('(')) {
            const child = soqlShape(item.slice(1, -1));
            if (child) {
                shape.children.push(child);
            }
            continue;
        }
        const inner = /^\w+\(\s*([\w.]*)\s*\)/.exec(item)?.[1] ?? item.split(/\s+/)[0] ?? '';
        if (/^[A-Za-z][\w.]*$/.test(inner)) {
            shape.fields.push(inner);
        }
    }
    for (const match of after.slice(from.length).matchAll(/(?<![:\w.])([A-Za-z]\w*__[cr](?:\.\w+)*)\b/g)) {
        shape.fields.push(match[1] ?? '');
    }
    return shape;
}

const DYNAMIC_QUERY =
    /\bDatabase\s*\.\s*(?:query|queryWithBinds|countQuery|countQueryWithBinds|getQueryLocator|getQueryLocatorWithBinds)\s*\(/g;
const USER_MODE_DML = /\b(insert|update|upsert|delete)\s+as\s+user\s+([^;]+);/gi;
const USER_MODE_DATABASE_DML = /\bDatabase\s*\.\s*(insert|update|upsert|delete)\s*\(/g;
const ACCESS_BY_DML: Record<string, Access[]> = {
    insert: ['create'],
    update: ['edit'],
    upsert: ['create', 'edit'],
    delete: ['delete']
};

/** What a DML statement's record expression writes: `new X(A = …)` names its object and fields. */
function dmlNeeds(expression: string, verb: string, source: string, where: string): Need[] {
    const accesses = ACCESS_BY_DML[verb.toLowerCase()] ?? [];
    const created = /\bnew\s+(\w+)\s*\(/.exec(expression);
    let object = created?.[1];
    const fields: string[] = [];
    if (created) {
        const body = bracketed(expression, created.index + created[0].length - 1);
        splitTopLevel(body, ',').forEach((assignment) => {
            const name = /^\s*(\w+)\s*=/.exec(assignment)?.[1];
            if (name && name.toLowerCase() !== 'id') {
                fields.push(name);
            }
        });
    } else {
        const variable = /^\s*(\w+)\s*$/.exec(expression)?.[1];
        const declared = variable
            ? new RegExp(`\\b(?:List<\\s*)?(\\w+)\\s*>?\\s+${variable}\\s*[=;:)]`).exec(source)
            : null;
        object = declared?.[1];
    }
    if (!object) {
        return [];
    }
    return accesses.flatMap((access) => [
        { object, access, where },
        ...(access === 'delete' ? [] : fields.map((field) => ({ object, field, access, where })))
    ]);
}

/** Objects and fields one SOQL shape reads from object, its relationship paths and child queries included. */
function readNeeds(shape: SoqlShape, object: string, where: string): Need[] {
    const { schema } = objectModel();
    const needs: Need[] = [{ object, access: 'read', where }];
    for (const path of shape.fields) {
        let current: string | undefined = object;
        const segments = path.split('.');
        segments.forEach((segment, index) => {
            if (!current) {
                return;
            }
            if (index === segments.length - 1) {
                needs.push({ object: current, field: segment, access: 'read', where });
                return;
            }
            if (/__r$/i.test(segment)) {
                needs.push({ object: current, field: segment.replace(/__r$/i, '__c'), access: 'read', where });
            }
            current = schema.parentOf(current, segment);
            if (current) {
                needs.push({ object: current, access: 'read', where });
            }
        });
    }
    for (const child of shape.children) {
        const childObject = schema.childOf(object, child.from);
        if (childObject) {
            needs.push(...readNeeds(child, childObject, where));
        }
    }
    return needs;
}

/**
 * Every user-mode read and write of the package's non-test Apex, by the method it
 * is in: inline SOQL WITH USER_MODE, dynamic SOQL run with AccessLevel.USER_MODE
 * (built from literals and the class's String constants; fields in a string the
 * caller passes are not known), and DML `as user` or with AccessLevel.USER_MODE
 * (fields known when the record is built in place with `new X(Field = …)`).
 * Limits: SOSL (FIND … WITH USER_MODE) is not parsed; Security.stripInaccessible
 * is reported as not checked rather than guessed.
 */
function userModeNeeds(): { needs: Map<string, Need[]>; unsupported: string[] } {
    const graph = apexGraph();
    const { schema } = objectModel();
    const needs = new Map<string, Need[]>();
    const unsupported: string[] = [];
    const add = (file: string, line: number, found: Need[]): void => {
        const node = graph.methodAt(file, line);
        if (node) {
            needs.set(node.key, [...(needs.get(node.key) ?? []), ...found]);
        }
    };
    for (const query of apexIndex().queries.filter((candidate) => candidate.userMode && !candidate.isSubquery)) {
        const where = `${query.file}:${query.line}`;
        add(
            query.file,
            query.line,
            readNeeds({ from: query.from, fields: query.fields.map((f) => f.path), children: [] }, query.from, where)
        );
    }
    for (const query of apexIndex().queries.filter((candidate) => candidate.userMode && candidate.isSubquery)) {
        const object = query.parentFrom ? schema.childOf(query.parentFrom, query.from) : undefined;
        if (object) {
            const where = `${query.file}:${query.line}`;
            add(
                query.file,
                query.line,
                readNeeds({ from: object, fields: query.fields.map((f) => f.path), children: [] }, object, where)
            );
        }
    }
    const testFiles = new Set([...apexIndex().classes.values()].filter((info) => info.isTest).map((info) => info.file));
    for (const file of listFiles(join(sourceRoot, 'classes'), (name) => name.endsWith('.cls'))) {
        const path = projectPath(file);
        if (testFiles.has(path)) {
            continue;
        }
        const source = withoutComments(readFileSync(file, 'utf8'));
        const code = withoutStrings(source);
        const lineAt = (index: number): number => source.slice(0, index).split('\n').length;
        for (const match of code.matchAll(DYNAMIC_QUERY)) {
            const open = match.index + match[0].length - 1;
            const args = splitTopLevel(bracketed(source, open), ',');
            if (!args.some((arg) => /AccessLevel\s*\.\s*USER_MODE/.test(arg))) {
                continue;
            }
            const shape = soqlShape(composeString(args[0] ?? '', source));
            if (shape?.from) {
                add(path, lineAt(match.index), readNeeds(shape, shape.from, `${path}:${lineAt(match.index)}`));
            }
        }
        for (const match of code.matchAll(USER_MODE_DML)) {
            const where = `${path}:${lineAt(match.index)}`;
            const expression = source
                .slice(match.index, match.index + match[0].length)
                .replace(/^[^]*?\bas\s+user\s+/i, '');
            add(path, lineAt(match.index), dmlNeeds(expression.replace(/;$/, ''), match[1] ?? '', source, where));
        }
        for (const match of code.matchAll(USER_MODE_DATABASE_DML)) {
            const args = splitTopLevel(bracketed(source, match.index + match[0].length - 1), ',');
            if (args.some((arg) => /AccessLevel\s*\.\s*USER_MODE/.test(arg))) {
                const where = `${path}:${lineAt(match.index)}`;
                add(path, lineAt(match.index), dmlNeeds(args[0] ?? '', match[1] ?? '', source, where));
            }
        }
        for (const match of code.matchAll(/\bSecurity\s*\.\s*stripInaccessible\s*\(/g)) {
            unsupported.push(
                `${path}:${lineAt(match.index)}: Security.stripInaccessible is not checked by persona-fls; read in user mode (WITH USER_MODE) instead, or teach the check`
            );
        }
    }
    return { needs, unsupported };
}

/** Whether the union of a persona's sets grants one need; fields the platform refuses FLS for need none. */
function grants(sets: PermissionSetInfo[], need: Need): boolean {
    const { objects } = objectModel();
    const object = objects.get(need.object.toLowerCase());
    if (need.field === undefined) {
        if (need.object.endsWith('__mdt')) {
            return sets.some((set) =>
                set.metadataTypeReferences.some((name) => name.toLowerCase() === need.object.toLowerCase())
            );
        }
        if (!need.object.endsWith('__c')) {
            return true;
        }
        return sets.some((set) =>
            set.objectGrants.some((grant) => {
                if (grant.object.toLowerCase() !== need.object.toLowerCase()) {
                    return false;
                }
                return (
                    (need.access === 'read' && grant.allowRead) ||
                    (need.access === 'create' && grant.allowCreate) ||
                    (need.access === 'edit' && grant.allowEdit) ||
                    (need.access === 'delete' && grant.allowDelete)
                );
            })
        );
    }
    const field = object?.fields.get(need.field.toLowerCase());
    if (!field || need.object.endsWith('__mdt') || field.required || field.type === 'MasterDetail') {
        return true;
    }
    const key = `${need.object}.${field.name}`.toLowerCase();
    return sets.some((set) => (need.access === 'read' ? set.readableFields : set.editableFields).has(key));
}

const describe = (need: Need): string => `${need.access} ${need.field ? `${need.object}.${need.field}` : need.object}`;

/**
 * Rule: every object and field a user-mode operation reads or writes is granted
 * by each persona that reaches it, through its own permission sets.
 */
export function checkPersonaFls(): string[] {
    const sets = new Map(permissionSets().map((set) => [set.name, set]));
    const { needs, unsupported } = userModeNeeds();
    const problems = new Set<string>(unsupported);
    const entries = entryMethodsByPersona();
    for (const [key, personas] of reachByPersona()) {
        for (const need of needs.get(key) ?? []) {
            for (const persona of personas.values()) {
                const held = persona.flatMap((name) => sets.get(name) ?? []);
                if (!grants(held, need)) {
                    const entry = [...entries].find(([entryKey]) => apexGraph().reachable([entryKey]).has(key));
                    problems.add(
                        `${need.where}: user mode needs ${describe(need)}, which ${persona.join(' + ')} does not grant ` +
                            `(reached from ${entry?.[1].where ?? 'a component'}); grant it in ${persona[0]} or do not read it in user mode`
                    );
                }
            }
        }
    }
    return [...problems];
}

/**
 * Grants a set may keep although no user-mode path of its personas uses them,
 * each with the reason. Checked object by object (`Object`) or field by field
 * (`Object.Field`), case-insensitive. Only standard UI a README section or a
 * decision documents belongs here; everything else staff see is read by Apex
 * through the gates of decision 0016 (decision 0038).
 */
const GROUP_RECORDS =
    'moderators and admins find every group under the Exchange Groups tab (list view All groups) and manage it on ' +
    'its record page (README, "Exchange groups" and "Console pages")';
const MEMBERSHIP_FIELDS =
    'an Alliance admin sets membership on the standard Account record (README, "How an Alliance admin sets membership")';
const SUSPENSION =
    'an Alliance admin lifts a suspension by clearing Suspended from CHS Exchange on the Contact ' +
    '(README, "Exchange groups"; decision 0012)';
const AUDIT_TRAIL =
    'Alliance admins read the audit trail in standard list views and reports (README, "Permission sets" and ' +
    '"How an Alliance admin sets membership")';
export const UNUSED_GRANT_EXCEPTIONS: { set: string; grant: string; reason: string }[] = [
    { set: 'Exchange_Moderator', grant: 'Exchange_Group__c', reason: GROUP_RECORDS },
    { set: 'Exchange_Administrator', grant: 'Exchange_Group__c', reason: GROUP_RECORDS },
    { set: 'Exchange_Administrator', grant: 'Account', reason: MEMBERSHIP_FIELDS },
    { set: 'Exchange_Administrator', grant: 'Account.Exchange_Membership_Status__c', reason: MEMBERSHIP_FIELDS },
    { set: 'Exchange_Administrator', grant: 'Account.Exchange_Membership_Type__c', reason: MEMBERSHIP_FIELDS },
    { set: 'Exchange_Administrator', grant: 'Contact', reason: SUSPENSION },
    { set: 'Exchange_Administrator', grant: 'Contact.Exchange_Suspended__c', reason: SUSPENSION },
    { set: 'Exchange_Administrator', grant: 'Exchange_Audit_Event__c', reason: AUDIT_TRAIL }
];

/**
 * Standard UI the package ships for the console personas uses their access too:
 * the columns of its report types (Alliance staff run the shipped reports) and
 * the objects whose record pages its console components are placed on. Derived
 * from the metadata, so a new column or record page needs no exception.
 */
function usedByConsoleUi(): Set<string> {
    const { schema } = objectModel();
    const used = new Set<string>();
    for (const file of listFiles(join(sourceRoot, 'reportTypes'), (name) => name.endsWith('.reportType-meta.xml'))) {
        const text = readFileSync(file, 'utf8');
        for (const match of text.matchAll(/<field>([\w.]+)<\/field>\s*<table>([\w.]+)<\/table>/g)) {
            const [base = '', ...relationships] = (match[2] ?? '').split('.');
            let object: string | undefined = base;
            for (const relationship of relationships) {
                object = object
                    ? (schema.childOf(object, relationship) ?? schema.parentOf(object, relationship))
                    : undefined;
            }
            if (object) {
                used.add(object.toLowerCase());
                used.add(`${object}.${match[1] ?? ''}`.toLowerCase());
            }
        }
    }
    for (const component of placedComponents().filter((each) => each.targets.includes('lightning__RecordPage'))) {
        for (const match of readFileSync(join(projectRoot, component.meta), 'utf8').matchAll(
            /<object>(\w+)<\/object>/g
        )) {
            used.add((match[1] ?? '').toLowerCase());
        }
    }
    return used;
}

/**
 * Rule (the reverse of persona-fls): a permission set of a persona grants no
 * object or field access that no user-mode path of that persona uses, unless an
 * exception above says why. Access granted but unused is reachable by the same
 * users through the APIs, so it must be meant.
 */
export function checkUnusedGrants(): string[] {
    const { needs } = userModeNeeds();
    const used = new Map<string, Set<string>>();
    for (const [key, personas] of reachByPersona()) {
        for (const persona of personas.values()) {
            for (const name of persona) {
                const found = used.get(name) ?? new Set<string>();
                for (const need of needs.get(key) ?? []) {
                    found.add(`${need.object}${need.field ? `.${need.field}` : ''}`.toLowerCase());
                }
                used.set(name, found);
            }
        }
    }
    const consoleUi = usedByConsoleUi();
    for (const name of CONSOLE_PERSONAS.flat()) {
        used.set(name, new Set([...(used.get(name) ?? []), ...consoleUi]));
    }
    const problems: string[] = [];
    const personaSets = new Set(placedComponents().flatMap((component) => component.personas.flat()));
    for (const set of permissionSets().filter((candidate) => personaSets.has(candidate.name))) {
        const found = used.get(set.name) ?? new Set<string>();
        const excepted = (grant: string): boolean =>
            UNUSED_GRANT_EXCEPTIONS.some(
                (exception) =>
                    exception.set === set.name &&
                    (exception.grant.toLowerCase() === grant.toLowerCase() ||
                        exception.grant.toLowerCase() === grant.split('.')[0]!.toLowerCase())
            );
        for (const grant of set.objectGrants) {
            const anyAccess = grant.allowRead || grant.allowCreate || grant.allowEdit || grant.allowDelete;
            if (anyAccess && !found.has(grant.object.toLowerCase()) && !excepted(grant.object)) {
                problems.push(
                    `${set.file}:${lineOf(set.file, `<object>${grant.object}</object>`)}: ${set.name} grants ${grant.object} ` +
                        `but no user-mode code its personas reach uses it; remove the grant or list it with its reason in UNUSED_GRANT_EXCEPTIONS`
                );
            }
        }
        for (const field of set.fieldReferences) {
            const key = field.toLowerCase();
            const granted = set.readableFields.has(key) || set.editableFields.has(key);
            if (granted && !found.has(key) && !excepted(field)) {
                problems.push(
                    `${set.file}:${lineOf(set.file, `<field>${field}</field>`)}: ${set.name} grants ${field} ` +
                        `but no user-mode code its personas reach uses it; remove the grant or list it with its reason in UNUSED_GRANT_EXCEPTIONS`
                );
            }
        }
    }
    return problems;
}

/**
 * The personas that get past the guards of an entry method and of the services
 * it calls: a guard in the method, or in every service it calls, refuses the
 * persona (no personas then); a safeguarding or organisation admin guard adds
 * that set to the persona.
 */
function personasThrough(node: MethodNode, persona: string[]): string[][] {
    const graph = apexGraph();
    const through = pastGuards(node, [persona]);
    const callees = [...(graph.calls.get(node.key) ?? [])]
        .filter((callee) => !callee.startsWith(`${ERROR_CLASS}.`))
        .flatMap((callee) => graph.methods.get(callee) ?? []);
    if (through.length === 0 || callees.length === 0) {
        return through;
    }
    const found = new Map<string, string[]>();
    callees.flatMap((callee) => pastGuards(callee, through)).forEach((each) => found.set(personaKey(each), each));
    return [...found.values()];
}

/**
 * Rule: every Apex class a component reaches (itself or through its child
 * components) is granted to each persona that places the component, through the
 * sets that persona holds past the guards (see personasThrough).
 */
export function checkPersonaClassAccess(): string[] {
    const graph = apexGraph();
    const sets = new Map(permissionSets().map((set) => [set.name, set]));
    const missing = new Map<
        string,
        { where: string; component: string; className: string; persona: string[]; methods: string[] }
    >();
    for (const component of placedComponents()) {
        for (const entry of component.apex) {
            const node = graph.methods.get(methodKey(entry.className, entry.methodName));
            for (const persona of node ? component.personas.flatMap((each) => personasThrough(node, each)) : []) {
                const granted = persona.some((name) =>
                    sets
                        .get(name)
                        ?.classReferences.some((className) => className.toLowerCase() === entry.className.toLowerCase())
                );
                const key = `${component.bundle}|${entry.className}|${personaKey(persona)}`;
                if (!granted) {
                    const known = missing.get(key) ?? {
                        where: entry.where,
                        component: `${component.bundle} (${component.targets.join(', ')})`,
                        className: entry.className,
                        persona,
                        methods: []
                    };
                    known.methods.push(entry.methodName);
                    missing.set(key, known);
                }
            }
        }
    }
    return [...missing.values()].map(
        (found) =>
            `${found.where}: ${found.component} calls ${found.className} (${found.methods.join(', ')}), but ` +
            `${found.persona.join(' + ')} has no classAccesses for it; add ${found.className} to ${found.persona[0]}.permissionset-meta.xml`
    );
}
