import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runOrgScript, sfOrFail, targetOrg } from './org';

interface SeedPlan {
    accounts: { name: string; country: string; description: string }[];
}

function apexString(value: string): string {
    return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Anonymous Apex that inserts the plan's accounts missing by name, so running it twice changes nothing. */
function seedApex(plan: SeedPlan): string {
    const rows = plan.accounts
        .map(
            (account) =>
                `    new Account(Name = ${apexString(account.name)}, BillingCountry = ${apexString(account.country)}, ` +
                `Description = ${apexString(account.description)})`
        )
        .join(',\n');
    return [
        `List<Account> planned = new List<Account>{\n${rows}\n};`,
        'Set<String> names = new Set<String>();',
        'for (Account account : planned) { names.add(account.Name); }',
        'Set<String> existing = new Set<String>();',
        'for (Account account : [SELECT Name FROM Account WHERE Name IN :names]) { existing.add(account.Name); }',
        'List<Account> missing = new List<Account>();',
        'for (Account account : planned) { if (!existing.contains(account.Name)) { missing.add(account); } }',
        'insert missing;',
        "System.debug(LoggingLevel.INFO, 'Seeded accounts: ' + missing.size());",
        ''
    ].join('\n');
}

/** npm run org:seed — demo data from scripts/org/seed-data.json. */
runOrgScript('org:seed', () => {
    const org = targetOrg();
    const plan = JSON.parse(readFileSync(join(__dirname, 'seed-data.json'), 'utf8')) as SeedPlan;
    const folder = mkdtempSync(join(tmpdir(), 'chs-exchange-seed-'));
    try {
        const file = join(folder, 'seed.apex');
        writeFileSync(file, seedApex(plan));
        sfOrFail(['apex', 'run', '--file', file, '--target-org', org], 'Seeding demo data');
        console.log(`Demo data seeded into ${org} (${plan.accounts.length} accounts planned; existing ones kept).`);
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
});
