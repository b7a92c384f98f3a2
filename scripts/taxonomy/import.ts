import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { projectRoot } from '../lib/project';
import {
    DESCRIPTION_MAX_LENGTH,
    TEXT_LANGUAGES,
    TEXT_RECORD_TYPE,
    TEXT_SUBJECTS,
    TITLE_MAX_LENGTH,
    buildTextRecords,
    describeProblem,
    loadTexts,
    packageXml
} from './texts';

const DEFAULT_OUT = join('.tmp', 'taxonomy-import');

const HELP = `Loads the Alliance's official titles and descriptions of the standards (CHS
commitments and indicators, CPMS pillars and standards, frameworks, verification
stages) in English, French, Spanish and Arabic.

Usage: npm run taxonomy:import -- <file.csv|file.json> [--out <folder>] [--check]

  --check         validate only; write nothing
  --out <folder>  where to write the deployable records (default ${DEFAULT_OUT})
  --help          this text

The whole file is validated first. If any row is wrong, every wrong row is
printed with its number and reason, and nothing is written. Otherwise the
folder receives package.xml and customMetadata/${TEXT_RECORD_TYPE}.<name>.md, one
record per row, to deploy in one all-or-nothing step:

  sf project deploy start --metadata-dir <folder> --target-org <alias>

Layout: one row per subject and language, with these columns (CSV header, any
order) or keys (JSON: { "texts": [ { ... } ] }):

  subject      ${TEXT_SUBJECTS.join(' | ')}
  framework    framework code, e.g. CHS2014 (empty for a Stage)
  code         element code, e.g. 5.1, or stage code, e.g. PREPARATION
               (empty for a Framework)
  language     ${TEXT_LANGUAGES.join(' | ')}
  title        short title, one line, at most ${TITLE_MAX_LENGTH} characters
  description  full text, at most ${DESCRIPTION_MAX_LENGTH} characters

A row needs a title or a description. Codes must be those of
data/standards-taxonomy.json. CSV: UTF-8, comma-separated, fields with commas,
quotes or line breaks in double quotes; row numbers are line numbers. JSON: row
numbers count the "texts" list from 1. Readers get their language, else English,
else the packaged English title. See the README, "The standards in four languages".`;

function option(args: string[], name: string): string | undefined {
    const index = args.indexOf(name);
    return index >= 0 ? args[index + 1] : undefined;
}

/** Empties only what an earlier import wrote, so a mistyped --out cannot delete anything else. */
function clearEarlierImport(folder: string): void {
    const records = join(folder, 'customMetadata');
    if (existsSync(records)) {
        for (const name of readdirSync(records).filter((file) => file.startsWith(`${TEXT_RECORD_TYPE}.`))) {
            rmSync(join(records, name));
        }
    }
    rmSync(join(folder, 'package.xml'), { force: true });
}

function main(args: string[]): void {
    const out = option(args, '--out');
    const file = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--out');
    if (args.includes('--help') || !file) {
        console.log(HELP);
        process.exitCode = args.includes('--help') ? 0 : 2;
        return;
    }
    const { rows, problems } = loadTexts(resolve(file), projectRoot);
    if (problems.length > 0) {
        problems.forEach((problem) => console.error(`${file} ${describeProblem(problem)}`));
        console.error(`${problems.length} problem(s); nothing was written.`);
        process.exitCode = 1;
        return;
    }
    if (args.includes('--check')) {
        console.log(`${rows.length} row(s) valid; nothing written (--check).`);
        return;
    }
    const folder = resolve(out ?? join(projectRoot, DEFAULT_OUT));
    const records = buildTextRecords(rows);
    const apiVersion = (
        JSON.parse(readFileSync(join(projectRoot, 'sfdx-project.json'), 'utf8')) as {
            sourceApiVersion: string;
        }
    ).sourceApiVersion;
    clearEarlierImport(folder);
    mkdirSync(join(folder, 'customMetadata'), { recursive: true });
    for (const record of records) {
        writeFileSync(join(folder, 'customMetadata', record.fileName), record.xml);
    }
    writeFileSync(join(folder, 'package.xml'), packageXml(records, apiVersion));
    const nearby = relative(process.cwd(), folder);
    const shown = nearby.startsWith('..') ? folder : nearby || '.';
    console.log(`Wrote ${records.length} ${TEXT_RECORD_TYPE} record(s) to ${shown}. Deploy them with:`);
    console.log(`  sf project deploy start --metadata-dir ${shown} --target-org <alias>`);
}

main(process.argv.slice(2));
