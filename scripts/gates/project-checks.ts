import { finishGate, projectRoot } from '../lib/project';
import { compareTaxonomy } from '../taxonomy/taxonomy';
import { checkTaxonomyTexts } from '../taxonomy/texts';
import { apexIndex } from './project/apex-index';
import { checkApexImports } from './project/apex-imports';
import { checkApexTests } from './project/apex-tests';
import { checkDtoContract } from './project/dto-contract';
import { checkLabels } from './project/labels';
import { checkLwcBundles } from './project/lwc-bundles';
import { checkPermissions } from './project/permissions';
import { checkSharingWrites } from './project/sharing-writes';
import { checkSoqlFields } from './project/soql-fields';

/** Project checks: what neither the compilers nor the analyzers look at. */
const CHECKS: { name: string; run: () => string[] }[] = [
    { name: 'apex-syntax', run: () => apexIndex().syntaxErrors },
    { name: 'apex-tests', run: checkApexTests },
    { name: 'permissions', run: checkPermissions },
    { name: 'sharing-writes', run: checkSharingWrites },
    { name: 'labels', run: checkLabels },
    { name: 'apex-imports', run: checkApexImports },
    { name: 'soql-fields (inline SOQL only; dynamic SOQL is not checked)', run: checkSoqlFields },
    { name: 'dto-contract', run: checkDtoContract },
    { name: 'taxonomy-sync', run: () => compareTaxonomy(projectRoot) },
    { name: 'taxonomy-texts', run: () => checkTaxonomyTexts(projectRoot) },
    { name: 'lwc-bundles', run: checkLwcBundles }
];

const problems: string[] = [];
for (const check of CHECKS) {
    const found = check.run();
    console.log(`${found.length === 0 ? 'ok  ' : 'FAIL'}  ${check.name}`);
    problems.push(...found.map((problem) => `[${check.name.split(' ')[0]}] ${problem}`));
}
finishGate('project', problems);
