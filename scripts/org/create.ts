import { join } from 'node:path';
import { projectRoot } from '../lib/project';
import { DEFAULT_ALIAS, runOrgScript, sfOrFail } from './org';

const DEFAULT_DURATION_DAYS = '7';

/**
 * npm run org:create — a scratch org from config/project-scratch-def.json.
 * Needs a Dev Hub: SF_DEVHUB names an authorised Dev Hub alias.
 */
runOrgScript('org:create', () => {
    const devHub = process.env.SF_DEVHUB;
    if (!devHub) {
        throw new Error(
            'Set SF_DEVHUB to the alias of an authorised Dev Hub (`sf org login web --set-default-dev-hub --alias devhub`).'
        );
    }
    const alias = process.env.SF_TARGET_ORG || DEFAULT_ALIAS;
    sfOrFail(
        [
            'org',
            'create',
            'scratch',
            '--definition-file',
            join(projectRoot, 'config', 'project-scratch-def.json'),
            '--alias',
            alias,
            '--target-dev-hub',
            devHub,
            '--duration-days',
            process.env.SF_SCRATCH_DAYS || DEFAULT_DURATION_DAYS,
            '--wait',
            '30',
            '--json'
        ],
        'Creating the scratch org'
    );
    console.log(`Scratch org "${alias}" created. Next: SF_TARGET_ORG=${alias} npm run org:deploy`);
});
