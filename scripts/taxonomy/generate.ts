import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectRoot } from '../lib/project';
import {
    RECORD_FOLDER,
    TAXONOMY_SOURCE,
    buildRecords,
    committedRecordFiles,
    compareTaxonomy,
    readSource
} from './taxonomy';

/**
 * Writes the taxonomy custom metadata records from the reference data file.
 * Usage: taxonomy:generate [--from <file>] [--check]
 *   --check  writes nothing; exits 1 when the committed records differ.
 */
function main(args: string[]): void {
    if (args.includes('--check')) {
        const problems = compareTaxonomy(projectRoot);
        problems.forEach((problem) => console.error(problem));
        console.log(
            problems.length === 0 ? 'Taxonomy records match the data file.' : `${problems.length} difference(s).`
        );
        process.exitCode = problems.length === 0 ? 0 : 1;
        return;
    }
    const fromIndex = args.indexOf('--from');
    const sourcePath = fromIndex >= 0 ? resolve(args[fromIndex + 1] ?? '') : join(projectRoot, TAXONOMY_SOURCE);
    const records = buildRecords(readSource(sourcePath));
    const folder = join(projectRoot, RECORD_FOLDER);
    mkdirSync(folder, { recursive: true });
    for (const stale of committedRecordFiles(projectRoot)) {
        rmSync(join(folder, stale));
    }
    for (const record of records) {
        writeFileSync(join(folder, record.fileName), record.xml);
    }
    console.log(`Wrote ${records.length} taxonomy records to ${RECORD_FOLDER}.`);
}

main(process.argv.slice(2));
