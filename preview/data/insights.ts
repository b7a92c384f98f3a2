import type { Engagement, MonthActivity } from '@dto/insights';
import { PreviewApexError, requireAccess, standing } from './access';
import { groupCounts } from './groups';
import { label } from './labels';

/**
 * Engagement measures for the preview: twelve months of demo activity ending
 * this month, shaped as InsightsService.getEngagement answers.
 */
const POSTS = [14, 22, 18, 9, 31, 40, 27, 35, 44, 38, 52, 47];
const WRITERS = [6, 9, 8, 4, 11, 15, 10, 12, 17, 14, 19, 18];
const SUBMISSIONS = [1, 0, 2, 3, 1, 4, 2, 5, 3, 6, 4, 3];
const DECISIONS = [0, 1, 1, 2, 2, 3, 2, 4, 3, 5, 4, 2];

function lastTwelveMonths(): MonthActivity[] {
    const today = new Date();
    return POSTS.map((posts, index) => {
        const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 11 + index, 1));
        return {
            month: `${day.getUTCFullYear()}-${String(day.getUTCMonth() + 1).padStart(2, '0')}`,
            posts,
            activeMembers: WRITERS[index] ?? 0,
            submissions: SUBMISSIONS[index] ?? 0,
            decisions: DECISIONS[index] ?? 0
        };
    });
}

export function getEngagement(): Engagement {
    requireAccess();
    if (standing() !== 'ALLIANCE_STAFF') {
        throw new PreviewApexError('NOT_ALLOWED', label('Error_Not_Allowed'));
    }
    // From the preview's own groups, so the figures match what its pages show.
    const groups = groupCounts();
    return {
        activeGroups: groups.active,
        dormantGroups: groups.dormant,
        archivedGroups: groups.archived,
        months: lastTwelveMonths(),
        groupsPerCommitment: [
            { key: 'CHS2014:4', count: 4 },
            { key: 'CHS2014:5', count: 3 },
            { key: 'CHS2014:3', count: 2 },
            { key: 'CHS2014:8', count: 1 },
            { key: 'CPMS2019:P1', count: 1 }
        ],
        submissionsByStatus: [
            { key: 'Submitted', count: 3 },
            { key: 'In_Review', count: 1 },
            { key: 'Changes_Requested', count: 2 },
            { key: 'Published', count: 15 },
            { key: 'Rejected', count: 2 },
            { key: 'Withdrawn', count: 1 }
        ],
        medianDaysToDecision: 6.5,
        downloads: 168,
        ratings: 10,
        averageRating: 4.5
    };
}
