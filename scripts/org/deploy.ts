import { removeEmittedJs } from '../clean-js';
import { runCommand } from '../lib/project';
import { runOrgScript, sfOrFail, targetOrg } from './org';

/** npm run org:deploy — emits the component JavaScript the platform runs, then deploys the package source. */
runOrgScript('org:deploy', () => {
    const org = targetOrg();
    const build = runCommand('npx', ['tsc', '-p', 'tsconfig.json']);
    if (build.status !== 0) {
        throw new Error(`TypeScript build failed:\n${build.output}`);
    }
    try {
        const result = sfOrFail(
            ['project', 'deploy', 'start', '--source-dir', 'force-app', '--target-org', org, '--wait', '30'],
            'Deploying'
        );
        console.log(result.output);
    } finally {
        removeEmittedJs();
    }
});
