import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot, runCommand, type CommandResult } from '../lib/project';

/** Alias used when SF_TARGET_ORG does not name one. */
export const DEFAULT_ALIAS = 'chs-exchange';

const HOW_TO_AUTHORISE =
    'No Salesforce org is authorised. Set SF_AUTH_URL to an sfdx auth URL ' +
    '(from `sf org display --verbose --json`), or set SF_TARGET_ORG to the alias of an org you have logged in to ' +
    '(`sf org login web --alias chs-exchange`).';

/** Runs the project's own sf CLI, never an updater, and streams nothing: the caller prints what matters. */
export function sf(args: string[]): CommandResult {
    return runCommand(join(projectRoot, 'node_modules', '.bin', 'sf'), args, {
        env: { SF_DISABLE_AUTOUPDATE: 'true', SF_DISABLE_TELEMETRY: 'true' }
    });
}

/** Like sf, but a failure ends the script with sf's own explanation. */
export function sfOrFail(args: string[], what: string): CommandResult {
    const result = sf(args);
    if (result.status !== 0) {
        throw new Error(`${what} failed:\n${result.output}`);
    }
    return result;
}

function loginWithAuthUrl(authUrl: string, alias: string): void {
    // The URL is a credential: it goes through a private temp file, never the command line or the log.
    const folder = mkdtempSync(join(tmpdir(), 'chs-exchange-auth-'));
    const file = join(folder, 'auth-url.txt');
    try {
        writeFileSync(file, authUrl, { mode: 0o600 });
        const result = sf(['org', 'login', 'sfdx-url', '--sfdx-url-file', file, '--alias', alias, '--json']);
        if (result.status !== 0) {
            throw new Error('Logging in with SF_AUTH_URL failed: check that the auth URL is current.');
        }
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}

/** The alias of the org to work on, logging in first when SF_AUTH_URL is given. */
export function targetOrg(): string {
    const alias = process.env.SF_TARGET_ORG || DEFAULT_ALIAS;
    const authUrl = process.env.SF_AUTH_URL;
    if (authUrl) {
        loginWithAuthUrl(authUrl, alias);
        return alias;
    }
    if (!process.env.SF_TARGET_ORG || sf(['org', 'display', '--target-org', alias, '--json']).status !== 0) {
        throw new Error(HOW_TO_AUTHORISE);
    }
    return alias;
}

/** Runs an org script, turning any failure into a clear message and exit code 1. */
export function runOrgScript(name: string, script: () => void): void {
    try {
        script();
    } catch (error) {
        console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
    }
}
