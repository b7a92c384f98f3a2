import type { MySubmission } from '@dto/repository';
import { PreviewApexError, currentUser, requireAccess } from './access';
import { label } from './labels';

/** The member's repository submissions for the preview, kept in session storage. */
const STORAGE_KEY = 'chs-exchange-preview-submissions';

interface StoredSubmission extends MySubmission {
    submitterId: string;
}

function seed(): StoredSubmission[] {
    return [
        {
            id: 'a0B000000000001AAA',
            name: 'SUB-000001',
            title: 'Complaints desk checklist',
            status: 'Changes_Requested',
            moderatorMessage: 'Please add the year the checklist was last revised.',
            submittedAt: '2026-11-12T09:00:00.000Z',
            submitterId: '005000000000001AAA'
        },
        {
            id: 'a0B000000000002AAA',
            name: 'SUB-000002',
            title: 'Community radio feedback script',
            status: 'Published',
            moderatorMessage: null,
            submittedAt: '2026-10-02T09:00:00.000Z',
            submitterId: '005000000000001AAA'
        }
    ];
}

function load(): StoredSubmission[] {
    const stored = window.sessionStorage.getItem(STORAGE_KEY);
    return stored ? (JSON.parse(stored) as StoredSubmission[]) : seed();
}

export function getMySubmissions(): MySubmission[] {
    requireAccess();
    return load()
        .filter((submission) => submission.submitterId === currentUser().id)
        .map((submission) => ({
            id: submission.id,
            name: submission.name,
            title: submission.title,
            status: submission.status,
            moderatorMessage: submission.moderatorMessage,
            submittedAt: submission.submittedAt
        }));
}

export function withdrawSubmission(params: Record<string, unknown>): void {
    requireAccess();
    const submissions = load();
    const submission = submissions.find(
        (candidate) => candidate.id === params.submissionId && candidate.submitterId === currentUser().id
    );
    if (!submission) {
        throw new PreviewApexError('NOT_FOUND', label('Error_Not_Found'));
    }
    if (submission.status !== 'Submitted' && submission.status !== 'Changes_Requested') {
        throw new PreviewApexError('VALIDATION', label('Review_Error_Decided'));
    }
    submission.status = 'Withdrawn';
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(submissions));
}
