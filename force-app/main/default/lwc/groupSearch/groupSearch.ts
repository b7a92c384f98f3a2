import { LightningElement, api } from 'lwc';
import searchGroup from '@salesforce/apex/GroupSearchController.searchGroup';
import type { GroupSearchResults } from '@dto/conversations';
import { generateUrl } from 'lightning/fileDownload';
import { formatDay, formatLabel } from 'c/labelFormat';
import LABEL_BY from '@salesforce/label/c.Search_By';
import LABEL_FILES from '@salesforce/label/c.Search_Files';
import LABEL_LABEL from '@salesforce/label/c.Search_Label';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_MESSAGES from '@salesforce/label/c.Search_Messages';
import LABEL_NO_RESULTS from '@salesforce/label/c.Search_No_Results';
import LABEL_PLACEHOLDER from '@salesforce/label/c.Search_Placeholder';
import LABEL_TOO_SHORT from '@salesforce/label/c.Search_Error_Too_Short';

/** Shortest search the server answers; a shorter one is a hint to type more, not an error. */
const SHORTEST_SEARCH = 2;

interface FileRow {
    id: string;
    title: string;
    /** From the platform, under the site's prefix in LWR and Aura (decision 0032). */
    downloadUrl?: string;
}

interface MessageRow {
    id: string;
    postId: string;
    excerpt: string;
    byLine: string;
}

/**
 * Search inside one group: messages and file titles. Searches when the person
 * presses Enter (or the search box's clear button empties it); choosing a
 * message fires `openpost` with the post's Id so the page can show the discussion.
 */
export default class GroupSearch extends LightningElement {
    @api groupId?: string;

    readonly labels = {
        label: LABEL_LABEL,
        placeholder: LABEL_PLACEHOLDER,
        messages: LABEL_MESSAGES,
        files: LABEL_FILES,
        loading: LABEL_LOADING
    };

    text = '';
    searchedFor = '';
    results?: GroupSearchResults;
    error: unknown;
    /** Said in plain text under the box when the words are too short to search. */
    hint = '';
    busy = false;

    get messageRows(): MessageRow[] {
        return (this.results?.messages ?? []).map((hit) => ({
            id: hit.id,
            postId: hit.postId,
            excerpt: hit.excerpt,
            byLine: formatLabel(LABEL_BY, hit.authorName ?? '', formatDay(hit.postedAt))
        }));
    }

    get fileRows(): FileRow[] {
        return (this.results?.files ?? []).map((file) => ({
            id: file.id,
            title: file.title,
            downloadUrl: generateUrl(file.documentId)
        }));
    }

    get hasMessages(): boolean {
        return this.messageRows.length > 0;
    }

    get hasFiles(): boolean {
        return (this.results?.files ?? []).length > 0;
    }

    get noResults(): string {
        const found = this.hasMessages || this.hasFiles;
        return this.results && !found ? formatLabel(LABEL_NO_RESULTS, this.searchedFor) : '';
    }

    handleText(event: Event): void {
        this.text = (event.target as HTMLInputElement).value ?? '';
        if (!this.text.trim()) {
            this.results = undefined;
            this.error = undefined;
        }
    }

    async handleKeyUp(event: KeyboardEvent): Promise<void> {
        if (event.key !== 'Enter' || this.busy) {
            return;
        }
        const text = this.text.trim();
        this.error = undefined;
        this.hint = text.length < SHORTEST_SEARCH ? LABEL_TOO_SHORT : '';
        if (this.hint) {
            this.results = undefined;
            return;
        }
        this.busy = true;
        try {
            this.results = await searchGroup({ groupId: this.groupId ?? '', text });
            this.searchedFor = text;
        } catch (failure) {
            this.results = undefined;
            this.error = failure;
        } finally {
            this.busy = false;
        }
    }

    handleOpen(event: Event): void {
        const postId = (event.currentTarget as HTMLElement).dataset.postId;
        this.dispatchEvent(new CustomEvent('openpost', { detail: postId }));
    }
}
