import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sourceRoot } from '../lib/project';
import {
    OrgLayerError,
    defaultOrgAlias,
    isAuthorised,
    loginWithAuthUrl,
    parseSfJson,
    runOrgScript,
    runSf,
    runSfVisibly,
    setting,
    sfFailureReason
} from './org';

const definitionFile = join('config', 'project-scratch-def.json');
const devHubAlias = 'chs-exchange-devhub';
const defaultDurationDays = 7;
const maximumDurationDays = 30;

function durationDays(): number {
    const requested = setting('SF_SCRATCH_DAYS');
    if (!requested) {
        return defaultDurationDays;
    }
    const days = Number(requested);
    if (!Number.isInteger(days) || days < 1 || days > maximumDurationDays) {
        throw new OrgLayerError(`SF_SCRATCH_DAYS must be a whole number from 1 to ${maximumDurationDays}.`);
    }
    return days;
}

function resolveDevHub(): string {
    const named = setting('SF_DEVHUB');
    const authUrl = setting('SF_DEVHUB_AUTH_URL');
    if (authUrl) {
        loginWithAuthUrl(authUrl, named ?? devHubAlias, true);
        return named ?? devHubAlias;
    }
    if (named && isAuthorised(named)) {
        return named;
    }
    throw new OrgLayerError(
        [
            named
                ? `SF_DEVHUB names '${named}', but no org is authorised under that name on this machine.`
                : 'A scratch org needs a Dev Hub, and none was supplied.',
            'Set SF_DEVHUB_AUTH_URL to the sfdx auth URL of a Dev Hub, or SF_DEVHUB to the alias of one',
            `authorised here (for example after \`npx sf org login web --set-default-dev-hub --alias ${devHubAlias}\`).`
        ].join('\n')
    );
}

/** The languages the package ships translations for, read from its translation files. */
function translatedLanguages(): string[] {
    const suffix = '.translation-meta.xml';
    return readdirSync(join(sourceRoot, 'translations'))
        .filter((name) => name.endsWith(suffix))
        .map((name) => name.slice(0, -suffix.length))
        .sort();
}

interface TranslationRow {
    Id: string;
    Language: string;
    IsActive: boolean;
}

/**
 * The definition file can only switch the Translation Workbench on; each language must also
 * be added to it, and active, before its label translations deploy and show.
 */
function activateTranslationLanguages(alias: string, languages: string[]): void {
    const query = runSf([
        'data',
        'query',
        '--query',
        'SELECT Id, Language, IsActive FROM Translation',
        '--target-org',
        alias,
        '--json'
    ]);
    const answer = parseSfJson<{ status: number; result?: { records?: TranslationRow[] } }>(
        query,
        'Reading the Translation Workbench languages'
    );
    if (answer.status !== 0) {
        throw new OrgLayerError(`Reading the Translation Workbench languages failed. ${sfFailureReason(query)}`);
    }
    const known = new Map((answer.result?.records ?? []).map((row) => [row.Language, row]));
    for (const language of languages) {
        const row = known.get(language);
        if (row?.IsActive) {
            continue;
        }
        const change = row
            ? ['data', 'update', 'record', '--sobject', 'Translation', '--record-id', row.Id]
            : ['data', 'create', 'record', '--sobject', 'Translation'];
        const values = row ? 'IsActive=true' : `Language=${language} IsActive=true`;
        const result = runSf([...change, '--values', values, '--target-org', alias, '--json']);
        if (result.status !== 0) {
            throw new OrgLayerError(
                `Activating '${language}' in the Translation Workbench failed. ${sfFailureReason(result)}`
            );
        }
    }
    console.log(`Translation Workbench languages active: ${languages.join(', ')}.`);
}

runOrgScript('org:create', () => {
    const days = durationDays();
    const languages = translatedLanguages();
    const devHub = resolveDevHub();
    const alias = setting('SF_TARGET_ORG') ?? defaultOrgAlias;
    const status = runSfVisibly([
        'org',
        'create',
        'scratch',
        '--definition-file',
        definitionFile,
        '--alias',
        alias,
        '--target-dev-hub',
        devHub,
        '--duration-days',
        String(days),
        '--wait',
        '30'
    ]);
    if (status !== 0) {
        throw new OrgLayerError(`Creating the scratch org failed (sf exit ${status}); see the output above.`);
    }
    activateTranslationLanguages(alias, languages);
    console.log(`Scratch org '${alias}' is ready for ${days} day(s). Next: npm run org:deploy, then npm run org:seed.`);
});
