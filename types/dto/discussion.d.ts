/**
 * Shapes returned by DiscussionController. Each interface names the Apex class it
 * mirrors with `@apex`.
 */

/** @apex DiscussionViews.Message */
export interface DiscussionMessage {
    id: string;
    parentId: string | null;
    authorName: string | null;
    organisationName: string | null;
    /** Sanitised rich text; null once deleted. */
    body: string | null;
    postedAt: string;
    editedAt: string | null;
    isDeleted: boolean;
    isMine: boolean;
    replies: DiscussionMessage[];
}

/** @apex DiscussionViews.Page */
export interface DiscussionPage {
    messages: DiscussionMessage[];
    hasOlder: boolean;
    canPost: boolean;
    pollSeconds: number;
    lastChangeAt: string | null;
    maxLength: number;
}
