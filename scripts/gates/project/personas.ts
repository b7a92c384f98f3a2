import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath, sourceRoot } from '../../lib/project';
import { APEX_IMPORT } from './apex-imports';
import { methodKey } from './apex-graph';
import { readXml } from './metadata-model';

/**
 * The people who place a component, by its targets: site pages are for staff of
 * member organisations, console pages (app, record, home, tab) for Alliance
 * moderators and admins, each of whom holds one of the two sets (README,
 * "Permission sets"). A persona is the permission sets one such user holds.
 */
export const SITE_PERSONAS: string[][] = [['Exchange_Member']];
export const CONSOLE_PERSONAS: string[][] = [['Exchange_Moderator'], ['Exchange_Administrator']];

export interface ApexEntry {
    className: string;
    methodName: string;
    /** file:line of the import. */
    where: string;
}

export interface PlacedComponent {
    bundle: string;
    meta: string;
    targets: string[];
    personas: string[][];
    /** Apex methods the component imports itself or through its child components. */
    apex: ApexEntry[];
}

function personasOf(targets: string[]): string[][] {
    const personas: string[][] = [];
    if (targets.some((target) => target.startsWith('lightningCommunity__'))) {
        personas.push(...SITE_PERSONAS);
    }
    if (targets.some((target) => target.startsWith('lightning__'))) {
        personas.push(...CONSOLE_PERSONAS);
    }
    return personas;
}

const kebabToCamel = (name: string): string => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** Bundles a bundle uses: c-xxx tags in its templates and c/xxx imports in its TypeScript. */
function childrenOf(folder: string): Set<string> {
    const children = new Set<string>();
    for (const file of readdirSync(folder)) {
        const text = file.endsWith('.html') || file.endsWith('.ts') ? readFileSync(join(folder, file), 'utf8') : '';
        for (const match of text.matchAll(/<c-([a-z0-9-]+)/g)) {
            children.add(kebabToCamel(match[1] ?? ''));
        }
        for (const match of text.matchAll(/from\s+'c\/(\w+)'/g)) {
            children.add(match[1] ?? '');
        }
    }
    return children;
}

function ownApexImports(folder: string): ApexEntry[] {
    return readdirSync(folder)
        .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
        .flatMap((file) => {
            const source = readFileSync(join(folder, file), 'utf8');
            return [...source.matchAll(APEX_IMPORT)].map((match) => ({
                className: match[2] ?? '',
                methodName: match[3] ?? '',
                where: `${projectPath(join(folder, file))}:${source.slice(0, match.index).split('\n').length}`
            }));
        });
}

let cached: PlacedComponent[] | undefined;

/** Every exposed component with a target, its personas and the Apex it reaches. */
export function placedComponents(): PlacedComponent[] {
    if (cached) {
        return cached;
    }
    const lwcFolder = join(sourceRoot, 'lwc');
    const bundles = existsSync(lwcFolder) ? readdirSync(lwcFolder).filter((name) => !name.startsWith('.')) : [];
    const children = new Map(bundles.map((bundle) => [bundle, childrenOf(join(lwcFolder, bundle))]));
    const imports = new Map(bundles.map((bundle) => [bundle, ownApexImports(join(lwcFolder, bundle))]));
    const placed: PlacedComponent[] = [];
    for (const bundle of bundles) {
        const meta = join(lwcFolder, bundle, `${bundle}.js-meta.xml`);
        if (!existsSync(meta)) {
            continue;
        }
        const component = (readXml(meta).LightningComponentBundle ?? {}) as {
            isExposed?: string;
            targets?: { target?: string[] }[];
        };
        const targets = component.targets?.[0]?.target ?? [];
        if (component.isExposed !== 'true' || targets.length === 0) {
            continue;
        }
        const used = new Set<string>();
        const queue = [bundle];
        while (queue.length > 0) {
            const next = queue.pop()!;
            if (!used.has(next) && children.has(next)) {
                used.add(next);
                queue.push(...children.get(next)!);
            }
        }
        placed.push({
            bundle,
            meta: projectPath(meta),
            targets,
            personas: personasOf(targets),
            apex: [...used].flatMap((name) => imports.get(name) ?? [])
        });
    }
    cached = placed;
    return placed;
}

/** Apex methods each persona reaches from a component, with the first import that brings it. */
export function entryMethodsByPersona(): Map<string, { personas: string[][]; where: string }> {
    const entries = new Map<string, { personas: string[][]; where: string }>();
    for (const component of placedComponents()) {
        for (const entry of component.apex) {
            const key = methodKey(entry.className, entry.methodName);
            const known = entries.get(key) ?? { personas: [], where: entry.where };
            for (const persona of component.personas) {
                if (!known.personas.some((other) => other.join() === persona.join())) {
                    known.personas.push(persona);
                }
            }
            entries.set(key, known);
        }
    }
    return entries;
}
