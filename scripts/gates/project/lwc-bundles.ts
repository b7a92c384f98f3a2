import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, projectPath, projectRoot, sourceRoot } from '../../lib/project';
import { readXml } from './metadata-model';

/**
 * Every component bundle is reachable by TypeScript (a `paths` entry), has its
 * meta file at the project's API version, and a site component exposes both
 * site targets; every Apex meta file is at the project's API version too.
 */
export function checkLwcBundles(): string[] {
    const problems: string[] = [];
    const apiVersion = (
        JSON.parse(readFileSync(join(projectRoot, 'sfdx-project.json'), 'utf8')) as { sourceApiVersion: string }
    ).sourceApiVersion;
    const tsconfig = readFileSync(join(projectRoot, 'tsconfig.json'), 'utf8');
    const lwcFolder = join(sourceRoot, 'lwc');
    for (const bundle of existsSync(lwcFolder) ? readdirSync(lwcFolder) : []) {
        const meta = join(lwcFolder, bundle, `${bundle}.js-meta.xml`);
        const where = projectPath(join(lwcFolder, bundle));
        if (!tsconfig.includes(`"c/${bundle}"`)) {
            problems.push(`${where}: no "c/${bundle}" entry in tsconfig.json paths`);
        }
        if (!existsSync(meta)) {
            problems.push(`${where}: ${bundle}.js-meta.xml is missing`);
            continue;
        }
        const component = (readXml(meta).LightningComponentBundle ?? {}) as {
            apiVersion?: string;
            targets?: { target?: string[] }[];
        };
        if (component.apiVersion !== apiVersion) {
            problems.push(`${projectPath(meta)}: apiVersion ${component.apiVersion} should be ${apiVersion}`);
        }
        const targets = component.targets?.[0]?.target ?? [];
        if (targets.includes('lightningCommunity__Page') && !targets.includes('lightningCommunity__Default')) {
            problems.push(`${projectPath(meta)}: exposes lightningCommunity__Page without lightningCommunity__Default`);
        }
    }
    const apexMeta = listFiles(sourceRoot, (name) => /\.(cls|trigger)-meta\.xml$/.test(name));
    for (const file of apexMeta) {
        const version = /<apiVersion>([^<]+)<\/apiVersion>/.exec(readFileSync(file, 'utf8'))?.[1];
        if (version !== apiVersion) {
            problems.push(`${projectPath(file)}: apiVersion ${version} should be ${apiVersion}`);
        }
    }
    return problems;
}
