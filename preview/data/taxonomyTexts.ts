import taxonomy from 'preview:taxonomy';
import type { TaxonomyTextCodes, TaxonomyTextLoadJob, TaxonomyTextLoadOutcome, TaxonomyTextRow } from '@dto/taxonomy';
import { requireAdministrator } from './access';

/**
 * The console's upload of the standards' texts. The preview has no org to
 * deploy to: a load the page sends is answered Queued once, then Succeeded,
 * and changes nothing the preview shows.
 */
const pollsByJob = new Map<string, number>();

export function getImportCodes(): TaxonomyTextCodes {
    requireAdministrator();
    return {
        frameworkCodes: taxonomy.frameworks.map((framework) => framework.code),
        elementCodes: taxonomy.frameworks.flatMap((framework) =>
            framework.elements.map((element) => ({ frameworkCode: framework.code, code: element.code }))
        ),
        stageCodes: taxonomy.stages.map((stage) => stage.code)
    };
}

export function loadTexts(params: { rows: TaxonomyTextRow[] }): TaxonomyTextLoadJob {
    requireAdministrator();
    const jobId = `0Af${String(pollsByJob.size + 1).padStart(12, '0')}`;
    pollsByJob.set(jobId, 0);
    return { jobId, recordCount: params.rows.length };
}

export function getLoadOutcome(params: { jobId: string }): TaxonomyTextLoadOutcome {
    requireAdministrator();
    const polls = pollsByJob.get(params.jobId);
    if (polls === undefined) {
        throw new Error(`No load ${params.jobId} in this preview`);
    }
    pollsByJob.set(params.jobId, polls + 1);
    return polls === 0
        ? { status: 'Queued', messages: [], completedAt: null }
        : { status: 'Succeeded', messages: [], completedAt: new Date().toISOString() };
}
