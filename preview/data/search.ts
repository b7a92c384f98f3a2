import type { GroupSearchResults } from '@dto/conversations';
import { PreviewApexError } from './access';
import { shownMessagesOf } from './discussion';
import { getFiles } from './files';
import { rightsOf } from './groups';
import { label } from './labels';
import { USERS } from './personas';

/** Search inside a group for the preview: the same rules as GroupSearchService, by simple matching. */
export function searchGroup(params: Record<string, unknown>): GroupSearchResults {
    const groupId = String(params.groupId ?? '');
    const rights = rightsOf(groupId);
    if (!rights.canReadDiscussion) {
        throw new PreviewApexError('GROUP_RESTRICTED', label('Group_Error_Restricted'));
    }
    const term = String(params.text ?? '')
        .trim()
        .toLowerCase();
    if (term.length < 2) {
        throw new PreviewApexError('VALIDATION', label('Search_Error_Too_Short'));
    }
    const plain = (html: string): string =>
        html
            .replace(/<[^>]*>/g, ' ')
            .replace(/\s+/g, ' ')
            .trim();
    const messages = shownMessagesOf(groupId)
        .filter((message) => plain(message.body).toLowerCase().includes(term))
        .sort((left, right) => right.postedAt.localeCompare(left.postedAt))
        .map((message) => ({
            id: message.id,
            postId: message.postId,
            excerpt: plain(message.body).slice(0, 200),
            authorName: USERS.find((user) => user.id === message.authorId)?.name ?? null,
            postedAt: message.postedAt
        }));
    const files = rights.canUseFiles
        ? getFiles({ groupId }).files.filter((file) => !file.isHidden && file.title.toLowerCase().includes(term))
        : [];
    return { messages, files };
}
