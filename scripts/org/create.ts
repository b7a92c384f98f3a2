import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sourceRoot } from '../lib/project';
import { deployProject } from './deploy';
import { deliverabilityStep, emailDeliverability } from './email';
import {
    OrgLayerError,
    defaultOrgAlias,
    isAuthorised,
    loginWithAuthUrl,
    queryOrg,
    runOrgScript,
    runSf,
    runSfVisibly,
    setting,
    sfFailureReason
} from './org';
import { seedOrg } from './seed';
import { setUpSite, siteName } from './site';

const definitionFile = join('config', 'project-scratch-def.json');
const devHubAlias = 'chs-exchange-devhub';
const defaultDurationDays = 7;
const maximumDurationDays = 30;
/** The internal personas the scratch org's own user plays in the console. */
const adminPermissionSets = ['Exchange_Administrator', 'Exchange_Moderator', 'Exchange_Safeguarding'];

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
    const rows = queryOrg<TranslationRow>(
        alias,
        'SELECT Id, Language, IsActive FROM Translation',
        'Reading the Translation Workbench languages'
    );
    const known = new Map(rows.map((row) => [row.Language, row]));
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

function assignPermissionSets(alias: string): void {
    const assign = runSf([
        'org',
        'assign',
        'permset',
        ...adminPermissionSets.flatMap((name) => ['--name', name]),
        '--target-org',
        alias,
        '--json'
    ]);
    if (assign.status !== 0) {
        throw new OrgLayerError(`Assigning ${adminPermissionSets.join(', ')} failed. ${sfFailureReason(assign)}`);
    }
    console.log(`Assigned to the org's user: ${adminPermissionSets.join(', ')}.`);
}

/**
 * A scratch org that hosts the package as an installation would: State and Country/Territory
 * Picklists and the Translation Workbench from the definition file, the translated languages
 * active, an LWR site offering them, email that Apex may send, the package deployed, the
 * internal permission sets on the org's user and the demo data seeded (decision 0026).
 */
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
    const leftByHand = setUpSite(alias, ['en_US', ...languages]);
    const email = emailDeliverability(alias);
    console.log(`Email from Apex: ${email.allowed ? 'allowed' : `refused (${email.detail})`}.`);
    if (!email.allowed) {
        leftByHand.push(deliverabilityStep);
    }
    deployProject(alias);
    assignPermissionSets(alias);
    seedOrg(alias);
    console.log(`Scratch org '${alias}' with the site '${siteName}' is ready for ${days} day(s).`);
    if (leftByHand.length > 0) {
        throw new OrgLayerError(
            [
                'The org needs these steps by hand before it is complete:',
                ...leftByHand.map((step) => `  - ${step}`)
            ].join('\n')
        );
    }
});
