import { spawnSync } from 'node:child_process';
import { removeEmittedJs } from '../clean-js';
import { projectRoot } from '../lib/project';
import { OrgLayerError, resolveTargetOrg, runOrgScript, runSfVisibly } from './org';

const deployWaitMinutes = 30;

/**
 * The platform runs each component's .js, which tsc emits next to its .ts source and git
 * ignores: a bare `sf project deploy start` on a fresh clone ships bundles without it.
 */
function buildComponents(): void {
    console.log('$ npm run build');
    const build = spawnSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'inherit' });
    if (build.status !== 0) {
        throw new OrgLayerError('The TypeScript build failed, so nothing was deployed.');
    }
}

/** Emits the component JavaScript, deploys force-app to the org, then removes the emitted files. */
export function deployProject(alias: string): void {
    try {
        buildComponents();
        const status = runSfVisibly([
            'project',
            'deploy',
            'start',
            '--source-dir',
            'force-app',
            '--target-org',
            alias,
            '--wait',
            String(deployWaitMinutes)
        ]);
        if (status !== 0) {
            throw new OrgLayerError(`Deploying to '${alias}' failed (sf exit ${status}); see the output above.`);
        }
        console.log(`Deployed force-app to '${alias}'.`);
    } finally {
        console.log(`Removed ${removeEmittedJs()} emitted .js file(s).`);
    }
}

if (require.main === module) {
    runOrgScript('org:deploy', () => deployProject(resolveTargetOrg()));
}
