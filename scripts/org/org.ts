import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandResult, projectRoot, runCommand } from '../lib/project';

/** Alias the org scripts use when SF_TARGET_ORG does not name one. */
export const defaultOrgAlias = 'chs-exchange';

const sfExecutable = join(projectRoot, 'node_modules', '.bin', 'sf');

// SF_DISABLE_AUTOUPDATE, not SF_AUTOUPDATE_DISABLE: only the former stops an npm-installed
// CLI from launching a detached self-update.
const sfEnvironment: NodeJS.ProcessEnv = {
    SF_DISABLE_AUTOUPDATE: 'true',
    SF_DISABLE_TELEMETRY: 'true',
    SF_SKIP_NEW_VERSION_CHECK: 'true'
};

/** A failure the org layer explains itself; the entry points print only its message. */
export class OrgLayerError extends Error {}

/** Runs the project's sf CLI and returns its exit status and combined output. */
export function runSf(args: string[]): CommandResult {
    return runCommand(sfExecutable, args, { env: sfEnvironment });
}

/** Runs the project's sf CLI with its output shown as it comes, for long deploys. */
export function runSfVisibly(args: string[]): number {
    console.log(`$ sf ${args.join(' ')}`);
    const result = spawnSync(sfExecutable, args, {
        cwd: projectRoot,
        env: { ...process.env, ...sfEnvironment },
        stdio: 'inherit'
    });
    if (result.error) {
        throw new OrgLayerError(`Could not start the sf CLI (${result.error.message}); run npm ci first.`);
    }
    return result.status ?? 1;
}

/** Parses the envelope sf prints with --json, or explains why it could not. */
export function parseSfJson<T>(result: CommandResult, what: string): T {
    const start = result.output.indexOf('{');
    try {
        return JSON.parse(result.output.slice(Math.max(start, 0))) as T;
    } catch {
        throw new OrgLayerError(`${what}: sf did not answer with JSON (exit ${result.status}).\n${result.output}`);
    }
}

/** The short reason sf gives for a failed --json command, without its stack trace. */
export function sfFailureReason(result: CommandResult): string {
    try {
        const failure = JSON.parse(result.output.slice(Math.max(result.output.indexOf('{'), 0))) as {
            name?: string;
            message?: string;
        };
        if (failure.message) {
            return `${failure.name ?? 'Error'}: ${failure.message}`;
        }
    } catch {
        // Not JSON (sf could not start, for instance): its raw output is the best reason there is.
    }
    return `sf exit ${result.status}: ${result.output.trim()}`;
}

/** What `sf apex run --json` answers. */
export interface ApexRunAnswer {
    status: number;
    result?: { success?: boolean; compileProblem?: string; exceptionMessage?: string; logs?: string };
}

/**
 * Runs anonymous Apex in the org from a file under .tmp/<folder>/ and returns sf's answer;
 * a compile problem or an uncaught exception becomes an OrgLayerError saying what was being done.
 */
export function runAnonymousApex(alias: string, folder: string, source: string, what: string): ApexRunAnswer {
    const directory = join(projectRoot, '.tmp', folder);
    mkdirSync(directory, { recursive: true });
    const apexFile = join(directory, `${folder}.apex`);
    writeFileSync(apexFile, source);
    const run = runSf(['apex', 'run', '--file', apexFile, '--target-org', alias, '--json']);
    const answer = parseSfJson<ApexRunAnswer>(run, what);
    if (answer.status !== 0 || answer.result?.success !== true) {
        const problem = answer.result?.compileProblem || answer.result?.exceptionMessage || sfFailureReason(run);
        throw new OrgLayerError(`${what} failed: ${problem}`);
    }
    return answer;
}

/**
 * What the Apex wrote with System.debug, without the log's other lines: the log also
 * echoes the source, so a marker is only believed on a USER_DEBUG line.
 */
export function debugLines(answer: ApexRunAnswer): string[] {
    return (answer.result?.logs ?? '')
        .split('\n')
        .filter((line) => line.includes('|USER_DEBUG|'))
        .map((line) => line.slice(line.lastIndexOf('|') + 1).trim());
}

/** Runs a SOQL query in the org and returns its records. */
export function queryOrg<T>(alias: string, soql: string, what: string): T[] {
    const query = runSf(['data', 'query', '--query', soql, '--target-org', alias, '--json']);
    const answer = parseSfJson<{ status: number; result?: { records?: T[] } }>(query, what);
    if (answer.status !== 0) {
        throw new OrgLayerError(`${what} failed. ${sfFailureReason(query)}`);
    }
    return answer.result?.records ?? [];
}

/** Waits without spinning, for polling the org between attempts. */
export function pause(seconds: number): void {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, seconds * 1000);
}

/** An environment variable, or undefined when it is unset or blank. */
export function setting(name: string): string | undefined {
    const value = process.env[name]?.trim();
    return value ? value : undefined;
}

/** Whether the sf CLI on this machine holds an authorisation under this alias or username. */
export function isAuthorised(aliasOrUsername: string): boolean {
    const listing = runSf(['org', 'list', 'auth', '--json']);
    if (listing.status !== 0) {
        return false;
    }
    const auths =
        parseSfJson<{ result?: { alias?: string; aliases?: string[]; username?: string }[] }>(
            listing,
            'Listing authorised orgs'
        ).result ?? [];
    return auths.some(
        (auth) =>
            auth.username === aliasOrUsername ||
            auth.alias === aliasOrUsername ||
            (auth.aliases ?? []).includes(aliasOrUsername)
    );
}

/**
 * Logs in from an sfdx auth URL through a private temporary file that is removed
 * afterwards; the URL is a long-lived credential, so it never reaches a log.
 */
export function loginWithAuthUrl(authUrl: string, alias: string, asDevHub = false): void {
    const folder = mkdtempSync(join(tmpdir(), 'chs-exchange-auth-'));
    const urlFile = join(folder, 'auth-url.txt');
    try {
        writeFileSync(urlFile, authUrl, { mode: 0o600 });
        const args = ['org', 'login', 'sfdx-url', '--sfdx-url-file', urlFile, '--alias', alias, '--json'];
        const login = runSf(asDevHub ? [...args, '--set-default-dev-hub'] : args);
        if (login.status !== 0) {
            const reason = sfFailureReason(login).split(authUrl).join('<auth url>');
            throw new OrgLayerError(`Logging in to '${alias}' with the supplied auth URL failed. ${reason}`);
        }
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
    console.log(`Authorised '${alias}' from the supplied auth URL.`);
}

const howToAuthorise = [
    'Authorise an org in one of these ways, then run the command again:',
    '  - SF_AUTH_URL=<sfdx auth URL>: print one where the org is authorised with',
    '    `npx sf org auth show-sfdx-auth-url --target-org <org>`; keep it in a CI secret, never in the repository;',
    '  - SF_TARGET_ORG=<alias or username> of an org already authorised on this machine;',
    `  - \`npx sf org login web --alias ${defaultOrgAlias}\` on a developer machine, or \`npm run org:create\`.`
].join('\n');

/**
 * The org the org scripts work on. With SF_AUTH_URL it logs in first, under SF_TARGET_ORG
 * or the default alias; otherwise that alias must already be authorised here.
 */
export function resolveTargetOrg(): string {
    const alias = setting('SF_TARGET_ORG') ?? defaultOrgAlias;
    const authUrl = setting('SF_AUTH_URL');
    if (authUrl) {
        loginWithAuthUrl(authUrl, alias);
        return alias;
    }
    if (!isAuthorised(alias)) {
        const given = setting('SF_TARGET_ORG')
            ? `SF_TARGET_ORG names '${alias}'`
            : 'Neither SF_AUTH_URL nor SF_TARGET_ORG is set';
        throw new OrgLayerError(`${given}, and no org is authorised as '${alias}' on this machine.\n${howToAuthorise}`);
    }
    return alias;
}

/** Runs an org script's body; an explained failure becomes one message and exit code 1. */
export function runOrgScript(name: string, body: () => void): void {
    try {
        body();
    } catch (error) {
        if (!(error instanceof OrgLayerError)) {
            throw error;
        }
        console.error(`${name}: ${error.message}`);
        process.exitCode = 1;
    }
}
