import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listFiles, projectRoot } from '../lib/project';
import { OrgLayerError, parseSfJson, pause, queryOrg, runSf, sfFailureReason } from './org';

/** The Experience Cloud site org:create builds for the Exchange components. */
export const siteName = 'CHS Exchange';
const urlPathPrefix = 'exchange';
const siteTemplate = 'Build Your Own (LWR)';
const creationWaitSeconds = 600;
const pollSeconds = 15;
const bundleFolder = join(projectRoot, '.tmp', 'org-site');

/** Display names of the site languages the package translates its labels into. */
const languageLabels: Record<string, string> = { en_US: 'English (US)', fr: 'French', es: 'Spanish', ar: 'Arabic' };

interface LanguageEntry {
    locale: string;
    label: string;
    isActive: boolean;
    isAuthoringOnly: boolean;
}

interface LanguageSettings {
    contentBody?: { languages?: LanguageEntry[]; defaultLocale?: string };
}

function siteExists(alias: string): boolean {
    return (
        queryOrg<{ Id: string }>(alias, `SELECT Id FROM Network WHERE Name = '${siteName}'`, 'Looking for the site')
            .length > 0
    );
}

/**
 * Creates the authenticated LWR site unless it exists. `sf community create` only starts
 * an asynchronous job, so this waits until the site's Network record appears.
 */
function createSite(alias: string): void {
    if (siteExists(alias)) {
        console.log(`Site '${siteName}' exists already.`);
        return;
    }
    const create = runSf([
        'community',
        'create',
        '--name',
        siteName,
        '--template-name',
        siteTemplate,
        '--url-path-prefix',
        urlPathPrefix,
        '--description',
        'Exchange spaces and the repository for CHS Alliance members',
        'templateParams.AuthenticationType=AUTHENTICATED',
        '--target-org',
        alias,
        '--json'
    ]);
    if (create.status !== 0) {
        throw new OrgLayerError(`Creating the site '${siteName}' failed. ${sfFailureReason(create)}`);
    }
    for (let waited = 0; waited < creationWaitSeconds; waited += pollSeconds) {
        pause(pollSeconds);
        if (siteExists(alias)) {
            console.log(`Site '${siteName}' created (${siteTemplate}, /${urlPathPrefix}).`);
            return;
        }
    }
    throw new OrgLayerError(`The site '${siteName}' did not appear within ${creationWaitSeconds / 60} minutes.`);
}

/** The site's DigitalExperienceBundle name, such as site/CHS_Exchange1. */
function bundleName(alias: string): string {
    const listing = runSf([
        'org',
        'list',
        'metadata',
        '--metadata-type',
        'DigitalExperienceBundle',
        '--target-org',
        alias,
        '--json'
    ]);
    const answer = parseSfJson<{ status: number; result?: { fullName?: string }[] }>(listing, 'Listing site bundles');
    const prefix = `site/${siteName.replace(/\W+/g, '_')}`;
    const name = (answer.result ?? []).map((entry) => entry.fullName ?? '').find((full) => full.startsWith(prefix));
    if (answer.status !== 0 || !name) {
        throw new OrgLayerError(`The site's content bundle (${prefix}…) was not found. ${sfFailureReason(listing)}`);
    }
    return name;
}

/**
 * Adds the translated languages to the site: its language settings are a content item of
 * the site's DigitalExperienceBundle (Metadata API), retrieved, extended and deployed back.
 */
function addSiteLanguages(alias: string, languages: string[]): void {
    const name = bundleName(alias);
    rmSync(bundleFolder, { recursive: true, force: true });
    const retrieve = runSf([
        'project',
        'retrieve',
        'start',
        '--metadata',
        `DigitalExperienceBundle:${name}`,
        '--target-metadata-dir',
        bundleFolder,
        '--unzip',
        '--target-org',
        alias,
        '--json'
    ]);
    if (retrieve.status !== 0) {
        throw new OrgLayerError(`Retrieving the site bundle ${name} failed. ${sfFailureReason(retrieve)}`);
    }
    const settingsFile = listFiles(bundleFolder, (file) => file === 'content.json').find((file) =>
        file.includes(join('sfdc_cms__languageSettings', 'languages'))
    );
    const manifest = listFiles(bundleFolder, (file) => file === 'package.xml')[0];
    if (!settingsFile || !manifest) {
        throw new OrgLayerError(`The site bundle ${name} holds no language settings to extend.`);
    }
    const settings = JSON.parse(readFileSync(settingsFile, 'utf8')) as LanguageSettings;
    const body = settings.contentBody ?? {};
    const entries = body.languages ?? [];
    for (const locale of languages) {
        if (!entries.some((entry) => entry.locale === locale)) {
            entries.push({ locale, label: languageLabels[locale] ?? locale, isActive: true, isAuthoringOnly: false });
        }
    }
    settings.contentBody = { ...body, languages: entries };
    writeFileSync(settingsFile, `${JSON.stringify(settings, null, 2)}\n`);
    const deploy = runSf([
        'project',
        'deploy',
        'start',
        '--metadata-dir',
        dirname(manifest),
        '--wait',
        '30',
        '--target-org',
        alias,
        '--json'
    ]);
    if (deploy.status !== 0) {
        throw new OrgLayerError(`Adding the site languages failed. ${sfFailureReason(deploy)}`);
    }
    console.log(`Site languages: ${entries.map((entry) => entry.locale).join(', ')}.`);
}

function publishSite(alias: string): void {
    const publish = runSf(['community', 'publish', '--name', siteName, '--target-org', alias, '--json']);
    if (publish.status !== 0) {
        throw new OrgLayerError(`Publishing the site '${siteName}' failed. ${sfFailureReason(publish)}`);
    }
    console.log(`Site '${siteName}' published (publishing finishes in the background).`);
}

/** Runs a step; an explained failure becomes a step to finish by hand instead of stopping. */
function attempt(step: () => void, byHand: string, left: string[]): void {
    try {
        step();
    } catch (error) {
        if (!(error instanceof OrgLayerError)) {
            throw error;
        }
        left.push(`${byHand}: ${error.message}`);
    }
}

/**
 * Builds the site the Exchange runs in: an authenticated LWR site, offered in the
 * languages the package translates, then published.
 * @return the steps left to do by hand, each with its reason; empty when all were done
 */
export function setUpSite(alias: string, languages: string[]): string[] {
    createSite(alias);
    const left: string[] = [];
    attempt(
        () => addSiteLanguages(alias, languages),
        `Add the site languages ${languages.join(', ')} in Experience Builder (Settings > Languages)`,
        left
    );
    attempt(() => publishSite(alias), `Publish the site '${siteName}' in Experience Builder`, left);
    return left;
}
