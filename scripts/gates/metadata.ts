import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ComponentSet, MetadataConverter } from '@salesforce/source-deploy-retrieve';
import { removeEmittedJs } from '../clean-js';
import { finishGate, listFiles, projectPath, projectRoot, runCommand, sourceRoot } from '../lib/project';

/**
 * Metadata: what would be deployed converts cleanly. Conversion itself validates
 * little (it silently drops a class without its meta file), so this gate also
 * checks that every source file belongs to a component, that no TypeScript, test
 * or tool configuration reaches the package, and that every component bundle
 * carries the JavaScript the platform runs.
 */
const FORBIDDEN_IN_PACKAGE = [/\.ts$/, /__tests__/, /__mocks__/, /tsconfig/, /jest\.config/, /eslint/];

async function main(): Promise<void> {
    const problems: string[] = [];
    // Not under the project: conversion silently skips every file below a dot-folder such as .tmp.
    const output = mkdtempSync(join(tmpdir(), 'chs-exchange-mdapi-'));
    const build = runCommand('npx', ['tsc', '-p', 'tsconfig.json']);
    if (build.status !== 0) {
        finishGate('metadata', [`tsc could not emit the component JavaScript:\n${build.output}`]);
        return;
    }
    try {
        const components = ComponentSet.fromSource(join(projectRoot, 'force-app'));

        // Files that belong to no component are left out of the package without a word.
        const attributed = new Set<string>();
        for (const component of components.getSourceComponents()) {
            if (component.xml) {
                attributed.add(component.xml);
            }
            component.walkContent().forEach((file) => attributed.add(file));
            if (component.content && !existsSync(component.content)) {
                problems.push(`${projectPath(component.content)}: listed but missing`);
            }
        }
        const shipped = listFiles(sourceRoot).filter(
            (file) => !FORBIDDEN_IN_PACKAGE.some((pattern) => pattern.test(relative(sourceRoot, file)))
        );
        for (const file of shipped) {
            const covered = attributed.has(file) || [...attributed].some((path) => file.startsWith(`${path}/`));
            if (!covered) {
                problems.push(
                    `${projectPath(file)}: belongs to no component (missing -meta.xml?) and would not deploy`
                );
            }
        }

        await new MetadataConverter().convert(components, 'metadata', {
            type: 'directory',
            outputDirectory: output,
            genUniqueDir: false
        });
        for (const file of listFiles(output)) {
            const inPackage = relative(output, file);
            if (FORBIDDEN_IN_PACKAGE.some((pattern) => pattern.test(inPackage))) {
                problems.push(`${inPackage}: must not be in the package (check .forceignore)`);
            }
        }
        const bundles = join(output, 'lwc');
        for (const bundle of existsSync(bundles) ? readdirSync(bundles) : []) {
            for (const required of [`${bundle}.js`, `${bundle}.js-meta.xml`]) {
                if (!existsSync(join(bundles, bundle, required))) {
                    problems.push(`lwc/${bundle}: ${required} missing from the package`);
                }
            }
        }
        const written = listFiles(output).filter((file) => !file.endsWith('package.xml')).length;
        if (written === 0) {
            problems.push('conversion wrote no component files');
        }
        console.log(`${components.size} components converted, ${written} files written.`);
    } catch (error) {
        problems.push(`conversion failed: ${String(error)}`);
    } finally {
        removeEmittedJs();
        rmSync(output, { recursive: true, force: true });
    }
    finishGate('metadata', problems);
}

void main();
