/**
 * Shapes returned by GroupSearchController. Each interface names the Apex class
 * it mirrors with `@apex`.
 */
import type { GroupFile } from './files';

/** @apex GroupSearchViews.MessageHit */
export interface MessageHit {
    id: string;
    /** The post to open: the message itself, or the post it replies to. */
    postId: string;
    /** Plain text, shown as text. */
    excerpt: string;
    authorName: string | null;
    postedAt: string;
}

/** @apex GroupSearchViews.Results */
export interface GroupSearchResults {
    messages: MessageHit[];
    files: GroupFile[];
}
