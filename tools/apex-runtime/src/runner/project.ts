import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listFiles } from '../../../../scripts/lib/project';
import type { CompilationUnit, TriggerUnit } from '../parser/ast';
import { parseCompilationUnit, parseTrigger } from '../parser/parse';
import { loadLabels } from '../org/labels-loader';
import {
    loadPermissionSets,
    loadProjectRecords,
    loadProjectSchema,
    recordAccessGrantsOf,
    type PermissionSetCatalogue,
    type ProjectSchema,
    type RecordAccessGrants,
    type SeedRecord
} from '../org/index';
import { ClassTable, typeInfoOf } from '../types/class-table';
import { Labels } from '../types/labels';
import { addSystemTypes, type SystemTypes } from '../types/system-types';

/** The project's Apex, loaded once: every class parsed, lowered and linked. */
export interface LoadedProject {
    readonly root: string;
    readonly table: ClassTable;
    readonly system: SystemTypes;
    /** Objects and fields: the standard objects and the project's object metadata. */
    readonly schema: ProjectSchema['schema'];
    readonly validationRules: ProjectSchema['validationRules'];
    /** The records a deployment of the project creates (custom metadata, permission sets). */
    readonly setupRecords: readonly SeedRecord[];
    /** What each permission set grants, for user mode and custom permissions. */
    readonly permissionSets: PermissionSetCatalogue;
    /** What the permission sets grant over record sharing (View All, Modify All). */
    readonly recordAccessGrants: RecordAccessGrants;
    /** Custom labels with their translations. */
    readonly labels: Labels;
    /** The project's triggers, parsed. */
    readonly triggers: readonly TriggerUnit[];
    /** Project-relative paths of the class files that loaded. */
    readonly classFiles: readonly string[];
    /** Each class file's syntax tree, for code coverage. */
    readonly compilationUnits: readonly CompilationUnit[];
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

/**
 * System classes that are plain data holders, written in Apex in `platform/` (RestContext,
 * RestRequest, RestResponse): the interpreter runs them like any class, so their fields get the
 * types, defaults and null checks Apex gives. Each file cites the page it follows.
 */
const PLATFORM_FOLDER = join(__dirname, '..', '..', 'platform');

const platformUnits = readdirSync(PLATFORM_FOLDER)
    .filter((name) => name.endsWith('.cls'))
    .sort()
    .map((name) => parseCompilationUnit(`(System)/${name}`, readFileSync(join(PLATFORM_FOLDER, name), 'utf8')));

function addPlatformClasses(table: ClassTable): void {
    for (const unit of platformUnits) {
        table.addSystemType(unit.declaration.name, typeInfoOf(unit.declaration, unit.file, null));
    }
}

/** Loads classes given as text: the project loader's core, and what the runtime's own tests use. */
export function loadSources(
    root: string,
    sources: readonly { file: string; source: string }[],
    org: ProjectSchema & {
        readonly setupRecords: readonly SeedRecord[];
        readonly permissionSets?: PermissionSetCatalogue;
        readonly recordAccessGrants?: RecordAccessGrants;
    } = {
        ...loadProjectSchema([]),
        setupRecords: []
    },
    labels: Labels = new Labels(),
    triggerSources: readonly { file: string; source: string }[] = []
): LoadedProject {
    const table = new ClassTable();
    const system = addSystemTypes(table);
    addPlatformClasses(table);
    const compilationUnits = sources.map(({ file, source }) => parseCompilationUnit(file, source));
    for (const unit of compilationUnits) {
        table.addTopLevel(typeInfoOf(unit.declaration, unit.file, null));
    }
    table.link();
    return {
        root,
        table,
        system,
        schema: org.schema,
        validationRules: org.validationRules,
        setupRecords: org.setupRecords,
        permissionSets: org.permissionSets ?? new Map(),
        recordAccessGrants: org.recordAccessGrants ?? recordAccessGrantsOf(org.permissionSets ?? new Map()),
        labels,
        triggers: triggerSources.map(({ file, source }) => parseTrigger(file, source)),
        classFiles: sources.map((source) => source.file),
        compilationUnits
    };
}

/** Loads every .cls file of the project. A syntax error in any of them stops the load. */
export function loadProject(root: string): LoadedProject {
    const directories = packageDirectories(root);
    const sourcesEndingWith = (extension: string) =>
        directories.flatMap((directory) =>
            listFiles(directory, (name) => name.endsWith(extension)).map((path) => ({
                file: relative(root, path).split('\\').join('/'),
                source: readFileSync(path, 'utf8')
            }))
        );
    const sources = sourcesEndingWith('.cls');
    const projectSchema = loadProjectSchema(directories);
    const org = {
        ...projectSchema,
        setupRecords: loadProjectRecords(directories, projectSchema.schema),
        permissionSets: loadPermissionSets(directories)
    };
    return loadSources(root, sources, org, loadLabels(directories), sourcesEndingWith('.trigger'));
}
