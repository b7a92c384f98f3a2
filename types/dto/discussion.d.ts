/**
 * Shapes returned by DiscussionController. Each interface names the Apex class it
 * mirrors with `@apex`.
 */

/** @apex DiscussionMessage */
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
    /** A moderator hid it; the body reaches moderators only. */
    isHidden: boolean;
    /** Someone else's message, still shown: the running user may report it. */
    canReport: boolean;
    isMine: boolean;
    replies: DiscussionMessage[];
}

/** @apex DiscussionPage */
export interface DiscussionPage {
    messages: DiscussionMessage[];
    hasOlder: boolean;
    canPost: boolean;
    /** The running user must accept the code of conduct before posting. */
    mustAcceptConduct: boolean;
    /** The running user is a moderator and may hide or restore messages. */
    canModerate: boolean;
    pollSeconds: number;
    lastChangeAt: string | null;
    maxLength: number;
}
