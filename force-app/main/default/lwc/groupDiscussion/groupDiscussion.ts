import { LightningElement, api } from 'lwc';
import deleteMessage from '@salesforce/apex/DiscussionController.deleteMessage';
import editMessage from '@salesforce/apex/DiscussionController.editMessage';
import getLastChange from '@salesforce/apex/DiscussionController.getLastChange';
import getMessages from '@salesforce/apex/DiscussionController.getMessages';
import postMessage from '@salesforce/apex/DiscussionController.postMessage';
import setMessageHidden from '@salesforce/apex/ModerationController.setMessageHidden';
import type { DiscussionMessage, DiscussionPage } from '@dto/conversations';
import { runAction, warnWhileUnsaved } from 'c/containerAction';
import { focusWhenShown } from 'c/focusManagement';
import { formatLabel, pageLanguage } from 'c/labelFormat';
import LABEL_CANCEL from '@salesforce/label/c.Common_Cancel';
import LABEL_CHARACTERS from '@salesforce/label/c.Common_Characters_Used';
import LABEL_TOO_LONG from '@salesforce/label/c.Common_Too_Long';
import LABEL_DELETE_CONFIRM from '@salesforce/label/c.Discussion_Delete_Confirm';
import LABEL_EMPTY from '@salesforce/label/c.Discussion_Empty';
import LABEL_EMPTY_READ_ONLY from '@salesforce/label/c.Discussion_Empty_Read_Only';
import LABEL_HIDE_CONFIRM from '@salesforce/label/c.Discussion_Hide_Confirm';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_NEW_MESSAGES from '@salesforce/label/c.Discussion_New_Messages';
import LABEL_OLDER from '@salesforce/label/c.Discussion_Older';
import LABEL_POST from '@salesforce/label/c.Discussion_Post';
import LABEL_READ_ONLY from '@salesforce/label/c.Discussion_Read_Only';
import LABEL_READ_ONLY_ARCHIVED from '@salesforce/label/c.Discussion_Read_Only_Archived';
import LABEL_REPLY_TO from '@salesforce/label/c.Discussion_Reply_To';
import LABEL_REPORT_SENT from '@salesforce/label/c.Report_Sent';
import LABEL_REPORT_TITLE from '@salesforce/label/c.Report_Title_Message';
import LABEL_SAVE from '@salesforce/label/c.Common_Save';
import LABEL_WRITE from '@salesforce/label/c.Discussion_Write';

/** The slowest polling gets, as a multiple of the configured interval, while nothing changes. */
const LONGEST_BACKOFF = 8;
const RICH_TEXT_FORMATS = ['bold', 'italic', 'underline', 'list', 'link'];

type ComposerMode = 'post' | 'reply' | 'edit';

/** Where an unsent new post waits, per group, so a reload (a language switch, say) does not lose it. */
const DRAFT_KEY = 'chs-exchange-draft-';

/** The text a person typed, without the editor's markup: what the server's limit counts. */
function plainText(html: string): string {
    return html.replace(/<[^>]*>/g, '');
}

/**
 * A group's discussion: the newest posts with their replies, older ones on
 * request, and a composer to post, reply or edit. New messages are found by
 * polling, not streaming (LWR sites have no streaming API): the interval comes
 * from the settings, doubles while nothing changes, and polling pauses while
 * the page is hidden.
 */
export default class GroupDiscussion extends LightningElement {
    @api groupId?: string;
    /** An archived group is read-only for its members too: it says so instead of inviting to join. */
    @api archived = false;

    readonly labels = {
        loading: LABEL_LOADING,
        older: LABEL_OLDER,
        post: LABEL_POST,
        save: LABEL_SAVE,
        cancel: LABEL_CANCEL,
        newMessages: LABEL_NEW_MESSAGES,
        deleteConfirm: LABEL_DELETE_CONFIRM,
        hideConfirm: LABEL_HIDE_CONFIRM,
        reportTitle: LABEL_REPORT_TITLE
    };
    readonly formats = RICH_TEXT_FORMATS;

    messages: DiscussionMessage[] = [];
    page?: DiscussionPage;
    loadError: unknown;
    busy = false;
    actionError: unknown;
    successMessage = '';
    draft = '';
    mode: ComposerMode = 'post';
    targetId?: string;
    pendingDeleteId?: string;
    pendingHideId?: string;
    reportingId?: string;
    private backoff = 1;
    private pollTimer?: ReturnType<typeof setTimeout>;
    private connected = false;

    private stopWarning?: () => void;

    override connectedCallback(): void {
        this.connected = true;
        this.draft = this.savedDraft();
        this.stopWarning = warnWhileUnsaved(() => this.hasUnsentText);
        this.loadNewest().catch(() => undefined);
    }

    override disconnectedCallback(): void {
        this.connected = false;
        clearTimeout(this.pollTimer);
        this.stopWarning?.();
    }

    get hasUnsentText(): boolean {
        return plainText(this.draft).trim().length > 0;
    }

    /** The server's limit (DiscussionPage.maxLength), counted as the person types. */
    get characterCount(): string {
        const number = new Intl.NumberFormat(pageLanguage());
        return formatLabel(
            LABEL_CHARACTERS,
            number.format(plainText(this.draft).length),
            number.format(this.page?.maxLength ?? 0)
        );
    }

    get isTooLong(): boolean {
        return (this.page?.maxLength ?? 0) > 0 && plainText(this.draft).length > this.page!.maxLength;
    }

    get tooLongMessage(): string {
        return formatLabel(LABEL_TOO_LONG, new Intl.NumberFormat(pageLanguage()).format(this.page?.maxLength ?? 0));
    }

    get counterClass(): string {
        return this.isTooLong
            ? 'slds-text-body_small slds-text-color_error'
            : 'slds-text-body_small slds-text-color_weak';
    }

    get isLoading(): boolean {
        return !this.page && this.loadError === undefined;
    }

    get hasLoadError(): boolean {
        return this.loadError !== undefined;
    }

    get isEmpty(): boolean {
        return this.page !== undefined && this.messages.length === 0;
    }

    get canPost(): boolean {
        return this.page?.canPost === true && !this.page.mustAcceptConduct;
    }

    /** A member who may post but has not accepted the code of conduct in force accepts it first. */
    get mustAcceptConduct(): boolean {
        return this.page?.canPost === true && this.page.mustAcceptConduct;
    }

    get isReadOnly(): boolean {
        return this.page !== undefined && !this.page.canPost;
    }

    /** Why the reader cannot post: the group is archived, or they have not joined it. */
    get readOnlyText(): string {
        return this.archived ? LABEL_READ_ONLY_ARCHIVED : LABEL_READ_ONLY;
    }

    /** Only someone who may post is asked to start the discussion. */
    get emptyText(): string {
        return this.isReadOnly ? LABEL_EMPTY_READ_ONLY : LABEL_EMPTY;
    }

    get canModerate(): boolean {
        return this.page?.canModerate === true;
    }

    get hasOlder(): boolean {
        return this.page?.hasOlder === true;
    }

    get composerLabel(): string {
        if (this.mode === 'reply') {
            const post = this.messages.find((message) => message.id === this.targetId);
            return formatLabel(LABEL_REPLY_TO, post?.authorName ?? '');
        }
        return LABEL_WRITE;
    }

    get submitLabel(): string {
        return this.mode === 'edit' ? LABEL_SAVE : LABEL_POST;
    }

    get isAnswering(): boolean {
        return this.mode !== 'post';
    }

    get nothingToSend(): boolean {
        return this.busy || !this.hasUnsentText || this.isTooLong;
    }

    handleDraft(event: Event): void {
        this.draft = (event.target as HTMLInputElement).value ?? '';
        this.keepDraft();
    }

    handleMessageAction(event: CustomEvent<string>): void {
        const [action = '', messageId = ''] = event.detail.split(':');
        this.successMessage = '';
        this.actionError = undefined;
        if (action === 'delete') {
            this.pendingDeleteId = messageId;
            return;
        }
        if (action === 'report') {
            this.reportingId = messageId;
            return;
        }
        if (action === 'hide') {
            this.pendingHideId = messageId;
            return;
        }
        if (action === 'restore') {
            this.changeHidden(messageId, false).catch(() => undefined);
            return;
        }
        this.mode = action === 'edit' ? 'edit' : 'reply';
        this.targetId = messageId;
        this.draft = action === 'edit' ? (this.findMessage(messageId)?.body ?? '') : '';
        this.focusComposer();
    }

    /** Once accepted, the composer opens and takes the focus: the member came to write. */
    handleConductAccepted(): void {
        this.loadNewest()
            .then(() => this.focusComposer())
            .catch(() => undefined);
    }

    handleCancelAnswer(): void {
        this.resetComposer();
    }

    async handleSubmit(): Promise<void> {
        const body = this.draft;
        const mode = this.mode;
        const targetId = this.targetId ?? null;
        let resultId = targetId ?? '';
        const sent = await runAction(
            this,
            async () => {
                if (mode === 'edit') {
                    await editMessage({ messageId: targetId ?? '', body });
                } else {
                    resultId = await postMessage({ groupId: this.groupId ?? '', parentId: targetId, body });
                }
                this.resetComposer();
                return '';
            },
            () => this.loadNewest()
        );
        if (sent) {
            await focusWhenShown(this.template, `[data-message-id="${resultId}"]`);
        }
    }

    /** Reply and edit load the composer at the top of the list: it comes into view with the focus. */
    private focusComposer(): void {
        focusWhenShown(this.template, '[data-id="composer-input"]')
            .then(() => this.template?.querySelector('[data-id="composer"]')?.scrollIntoView?.({ block: 'nearest' }))
            .catch(() => undefined);
    }

    handleCancelDelete(): void {
        this.pendingDeleteId = undefined;
    }

    async handleConfirmDelete(): Promise<void> {
        const messageId = this.pendingDeleteId ?? '';
        await runAction(
            this,
            async () => {
                await deleteMessage({ messageId });
                this.pendingDeleteId = undefined;
                return '';
            },
            () => this.loadNewest()
        );
    }

    handleCancelHide(): void {
        this.pendingHideId = undefined;
    }

    async handleConfirmHide(): Promise<void> {
        await this.changeHidden(this.pendingHideId ?? '', true);
    }

    handleCancelReport(): void {
        this.reportingId = undefined;
    }

    handleReported(): void {
        this.reportingId = undefined;
        this.actionError = undefined;
        this.successMessage = LABEL_REPORT_SENT;
    }

    async handleOlder(): Promise<void> {
        const oldest = this.messages[this.messages.length - 1];
        await runAction(this, async () => {
            const older = await getMessages({ groupId: this.groupId ?? '', before: oldest?.postedAt ?? null });
            this.messages = [...this.messages, ...older.messages];
            this.page = { ...older, lastChangeAt: this.page?.lastChangeAt ?? older.lastChangeAt };
            return '';
        });
    }

    /** Reads the newest page again; the older pages are dropped, as a fresh page would show. */
    private async loadNewest(): Promise<void> {
        clearTimeout(this.pollTimer);
        try {
            this.page = await getMessages({ groupId: this.groupId ?? '', before: null });
            this.messages = this.page.messages;
            this.loadError = undefined;
            this.backoff = 1;
        } catch (error) {
            this.loadError = error;
        }
        this.schedulePoll();
    }

    private schedulePoll(): void {
        if (!this.connected || !this.page) {
            return;
        }
        const delay = this.page.pollSeconds * 1000 * this.backoff;
        // eslint-disable-next-line @lwc/lwc/no-async-operation -- polling: LWR sites offer no streaming API
        this.pollTimer = setTimeout(() => this.poll().catch(() => undefined), delay);
    }

    private async poll(): Promise<void> {
        if (document.visibilityState === 'hidden') {
            this.schedulePoll();
            return;
        }
        try {
            const lastChange = await getLastChange({ groupId: this.groupId ?? '' });
            if (lastChange && lastChange !== this.page?.lastChangeAt) {
                this.successMessage = LABEL_NEW_MESSAGES;
                await this.loadNewest();
                return;
            }
        } catch {
            // A failed check is tried again later; the page keeps what it shows.
        }
        this.backoff = Math.min(this.backoff * 2, LONGEST_BACKOFF);
        this.schedulePoll();
    }

    private async changeHidden(messageId: string, hidden: boolean): Promise<void> {
        await runAction(
            this,
            async () => {
                await setMessageHidden({ messageId, hidden });
                this.pendingHideId = undefined;
                return '';
            },
            () => this.loadNewest()
        );
    }

    private findMessage(messageId: string): DiscussionMessage | undefined {
        for (const post of this.messages) {
            const found = post.id === messageId ? post : post.replies.find((reply) => reply.id === messageId);
            if (found) {
                return found;
            }
        }
        return undefined;
    }

    private resetComposer(): void {
        this.mode = 'post';
        this.targetId = undefined;
        this.draft = '';
        this.keepDraft();
    }

    /** Only a new post is kept: a reply or an edit belongs to a message that may have changed. */
    private keepDraft(): void {
        const key = DRAFT_KEY + (this.groupId ?? '');
        try {
            if (this.mode === 'post' && this.hasUnsentText) {
                window.sessionStorage.setItem(key, this.draft);
            } else if (this.mode === 'post') {
                window.sessionStorage.removeItem(key);
            }
        } catch {
            // Storage may be refused (private browsing); the draft then lives as long as the page.
        }
    }

    private savedDraft(): string {
        try {
            return window.sessionStorage.getItem(DRAFT_KEY + (this.groupId ?? '')) ?? '';
        } catch {
            return '';
        }
    }
}
