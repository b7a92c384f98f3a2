import { finishGate, projectRoot } from '../lib/project';
import { compareTaxonomy } from '../taxonomy/taxonomy';
import { checkTaxonomyTexts } from '../taxonomy/texts';
import { apexIndex } from './project/apex-index';
import { checkApexImports } from './project/apex-imports';
import { checkApexTests } from './project/apex-tests';
import { checkTestTransactions } from './project/apex-test-rules';
import { checkContractCurrent } from './project/contract-current';
import { checkLabels } from './project/labels';
import { checkLwcBundles } from './project/lwc-bundles';
import { checkPermissions } from './project/permissions';
import { checkPersonaClassAccess, checkPersonaFls, checkUnusedGrants } from './project/persona-access';
import {
    checkAuraTypes,
    checkFileUrls,
    checkOrgShape,
    checkPermissionDependencies,
    checkUpsertKeys
} from './project/platform-rules';
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
    { name: 'contract-current', run: checkContractCurrent },
    { name: 'taxonomy-sync', run: () => compareTaxonomy(projectRoot) },
    { name: 'taxonomy-texts', run: () => checkTaxonomyTexts(projectRoot) },
    { name: 'lwc-bundles', run: checkLwcBundles },
    // Platform rules: what the org enforces, checked offline (each rule cites its documentation).
    { name: 'upsert-keys', run: checkUpsertKeys },
    { name: 'permission-dependencies', run: checkPermissionDependencies },
    { name: 'persona-fls (user-mode reads and writes, per persona)', run: checkPersonaFls },
    { name: 'persona-unused-grants', run: checkUnusedGrants },
    { name: 'persona-class-access', run: checkPersonaClassAccess },
    { name: 'org-shape', run: checkOrgShape },
    { name: 'file-urls', run: checkFileUrls },
    { name: 'aura-types', run: checkAuraTypes },
    { name: 'test-transactions', run: checkTestTransactions }
];

const problems: string[] = [];
for (const check of CHECKS) {
    const found = check.run();
    console.log(`${found.length === 0 ? 'ok  ' : 'FAIL'}  ${check.name}`);
    problems.push(...found.map((problem) => `[${check.name.split(' ')[0]}] ${problem}`));
}
finishGate('project', problems);
