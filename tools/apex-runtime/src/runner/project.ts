import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listFiles } from '../../../../scripts/lib/project';
import { parseCompilationUnit } from '../parser/parse';
import { loadLabels } from '../org/labels-loader';
import { loadSchema } from '../org/schema-loader';
import { ClassTable, typeInfoOf } from '../types/class-table';
import { Labels } from '../types/labels';
import { Schema } from '../types/schema';
import { addSystemTypes, type SystemTypes } from '../types/system-types';

/** The project's Apex, loaded once: every class parsed, lowered and linked. */
export interface LoadedProject {
    readonly root: string;
    readonly table: ClassTable;
    readonly system: SystemTypes;
    /** Objects and fields from the project's object metadata. */
    readonly schema: Schema;
    /** Custom labels with their translations. */
    readonly labels: Labels;
    /** Project-relative paths of the class files that loaded. */
    readonly classFiles: readonly string[];
}

interface SfdxProject {
    packageDirectories?: { path?: string }[];
}

/** The package directories sfdx-project.json names. */
function packageDirectories(root: string): string[] {
    const descriptor = join(root, 'sfdx-project.json');
    if (!existsSync(descriptor)) {
        throw new Error(`${root} has no sfdx-project.json`);
    }
    const project = JSON.parse(readFileSync(descriptor, 'utf8')) as SfdxProject;
    return (project.packageDirectories ?? []).flatMap((directory) =>
        directory.path === undefined ? [] : [join(root, directory.path)]
    );
}

/** Loads classes given as text: the project loader's core, and what the runtime's own tests use. */
export function loadSources(
    root: string,
    sources: readonly { file: string; source: string }[],
    schema: Schema = new Schema(),
    labels: Labels = new Labels()
): LoadedProject {
    const table = new ClassTable();
    const system = addSystemTypes(table);
    for (const { file, source } of sources) {
        const unit = parseCompilationUnit(file, source);
        table.addTopLevel(typeInfoOf(unit.declaration, file, null));
    }
    table.link();
    return { root, table, system, schema, labels, classFiles: sources.map((source) => source.file) };
}

/** Loads every .cls file of the project. A syntax error in any of them stops the load. */
export function loadProject(root: string): LoadedProject {
    const directories = packageDirectories(root);
    const sources = directories.flatMap((directory) =>
        listFiles(directory, (name) => name.endsWith('.cls')).map((path) => ({
            file: relative(root, path).split('\\').join('/'),
            source: readFileSync(path, 'utf8')
        }))
    );
    return loadSources(root, sources, loadSchema(directories), loadLabels(directories));
}
