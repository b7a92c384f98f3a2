/**
 * Shapes returned by GroupSearchController. Each interface names the Apex class
 * it mirrors with `@apex`.
 */
import type { GroupFile } from './files';

/** @apex GroupMessageHit */
export interface GroupMessageHit {
    id: string;
    /** The post to open: the message itself, or the post it replies to. */
    postId: string;
    /** Plain text, shown as text. */
    excerpt: string;
    authorName: string | null;
    postedAt: string;
}

/** @apex GroupSearchResults */
export interface GroupSearchResults {
    messages: GroupMessageHit[];
    files: GroupFile[];
}
