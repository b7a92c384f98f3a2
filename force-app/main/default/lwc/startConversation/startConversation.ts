import { LightningElement, api } from 'lwc';
import getDraftLimits from '@salesforce/apex/DirectConversationController.getDraftLimits';
import searchPeople from '@salesforce/apex/DirectConversationController.searchPeople';
import startConversation from '@salesforce/apex/DirectConversationController.startConversation';
import type { DirectConversationDraft, DirectConversationLimits } from '@dto/directconversations';
import type { GroupInvitee } from '@dto/groups';
import type { OrganisationCard } from '@dto/organisations';
import { reportAllValid, runAction } from 'c/containerAction';
import { formatLabel, pageLanguage } from 'c/labelFormat';
import LABEL_CHARACTERS from '@salesforce/label/c.Common_Characters_Used';
import LABEL_ADD from '@salesforce/label/c.Conversation_Add';
import LABEL_CANCEL from '@salesforce/label/c.Common_Cancel';
import LABEL_HEADING from '@salesforce/label/c.Conversation_Start';
import LABEL_NOBODY_CHOSEN from '@salesforce/label/c.Conversation_Recipients_None';
import LABEL_NOBODY_FOUND from '@salesforce/label/c.Conversation_Search_None';
import LABEL_OPENING from '@salesforce/label/c.Conversation_Opening';
import LABEL_OPENING_HELP from '@salesforce/label/c.Conversation_Opening_Help';
import LABEL_ORGANISATION from '@salesforce/label/c.Conversation_Organisation_Recipient';
import LABEL_RECIPIENTS_REQUIRED from '@salesforce/label/c.Conversation_Recipients_Required';
import LABEL_REMOVE from '@salesforce/label/c.Conversation_Remove';
import LABEL_SEARCH from '@salesforce/label/c.Conversation_Search_People';
import LABEL_SEND from '@salesforce/label/c.Conversation_Send';
import LABEL_SENDING from '@salesforce/label/c.Conversation_Sending';
import LABEL_SUBJECT from '@salesforce/label/c.Conversation_Subject';
import LABEL_SUBJECT_REQUIRED from '@salesforce/label/c.Conversation_Subject_Required';
import LABEL_WITH from '@salesforce/label/c.Conversation_With';

/** Shortest search that is sent to the server, as the server ignores shorter ones. */
const SHORTEST_SEARCH = 2;

/** An organisation to talk to: everyone there who accepts conversations is invited. */
type OrganisationRecipient = Pick<OrganisationCard, 'id' | 'name'>;

interface RecipientPill {
    key: string;
    kind: 'organisation' | 'person';
    id: string;
    label: string;
    removeLabel: string;
}

interface FoundPerson {
    userId: string;
    name: string;
    organisationName: string | null;
    addLabel: string;
}

/**
 * Starts a direct conversation, inline (a modal is not available in every site
 * runtime): a subject, a first message, and who to talk to — the organisations
 * and people the page chose, and anyone added from the people search. Sends it
 * itself and fires `started` with the conversation's Id, or `cancel`; nothing
 * typed is lost when the server refuses.
 */
export default class StartConversation extends LightningElement {
    /** Organisations chosen by the page, e.g. the one whose page the person is on. */
    @api
    get organisations(): OrganisationRecipient[] {
        return this.chosenOrganisations;
    }
    set organisations(value: OrganisationRecipient[] | undefined) {
        this.chosenOrganisations = [...(value ?? [])];
    }

    /** People chosen by the page, e.g. a member of a group. */
    @api
    get people(): GroupInvitee[] {
        return this.chosenPeople;
    }
    set people(value: GroupInvitee[] | undefined) {
        this.chosenPeople = [...(value ?? [])];
    }

    readonly labels = {
        heading: LABEL_HEADING,
        subject: LABEL_SUBJECT,
        subjectRequired: LABEL_SUBJECT_REQUIRED,
        opening: LABEL_OPENING,
        openingHelp: LABEL_OPENING_HELP,
        with: LABEL_WITH,
        nobodyChosen: LABEL_NOBODY_CHOSEN,
        recipientsRequired: LABEL_RECIPIENTS_REQUIRED,
        search: LABEL_SEARCH,
        nobodyFound: LABEL_NOBODY_FOUND,
        cancel: LABEL_CANCEL
    };

    chosenOrganisations: OrganisationRecipient[] = [];
    chosenPeople: GroupInvitee[] = [];
    subject = '';
    opening = '';
    /** What the server keeps of subject and opening word, so the fields count against its own limits. */
    limits?: DirectConversationLimits;
    found: GroupInvitee[] = [];
    searched = false;
    /** Set by a send without anyone chosen; the message goes once someone is. */
    triedWithoutRecipients = false;
    busy = false;
    actionError: unknown;
    successMessage = '';
    /** The latest search typed, so an answer to an earlier one is not shown over it. */
    private searchText = '';

    override connectedCallback(): void {
        // Cacheable: an imperative call checks the client-side cache before the server
        // (https://developer.salesforce.com/docs/platform/lwc/guide/apex-call-imperative.html), so
        // later openings of the form cost no round trip. Without an answer the fields are not
        // limited here, and the server still refuses an over-long draft on Send.
        getDraftLimits()
            .then((limits) => {
                this.limits = limits ?? undefined;
            })
            .catch(() => undefined);
    }

    /** The subject field's limit, counted while typing: past it the text was cut without a word. */
    get subjectLength(): number | undefined {
        return this.limits?.subjectLength;
    }

    get openingLength(): number | undefined {
        return this.limits?.openingLength;
    }

    get recipientPills(): RecipientPill[] {
        const organisations = this.chosenOrganisations.map((organisation) => ({
            kind: 'organisation' as const,
            id: organisation.id,
            label: formatLabel(LABEL_ORGANISATION, organisation.name)
        }));
        const people = this.chosenPeople.map((person) => ({
            kind: 'person' as const,
            id: person.userId,
            label: person.organisationName ? `${person.name} (${person.organisationName})` : person.name
        }));
        return [...organisations, ...people].map((pill) => ({
            ...pill,
            key: `${pill.kind}:${pill.id}`,
            removeLabel: formatLabel(LABEL_REMOVE, pill.label)
        }));
    }

    get hasRecipients(): boolean {
        return this.chosenOrganisations.length + this.chosenPeople.length > 0;
    }

    get showRecipientsRequired(): boolean {
        return this.triedWithoutRecipients && !this.hasRecipients;
    }

    /** People found who are not chosen yet. */
    get foundPeople(): FoundPerson[] {
        const chosen = new Set(this.chosenPeople.map((person) => person.userId));
        return this.found
            .filter((person) => !chosen.has(person.userId))
            .map((person) => ({ ...person, addLabel: formatLabel(LABEL_ADD, person.name) }));
    }

    get nobodyFound(): boolean {
        return this.searched && this.found.length === 0;
    }

    get sendLabel(): string {
        return this.busy ? LABEL_SENDING : LABEL_SEND;
    }

    get subjectCount(): string {
        const longest = this.subjectLength;
        if (longest === undefined) {
            return '';
        }
        const number = new Intl.NumberFormat(pageLanguage());
        return formatLabel(LABEL_CHARACTERS, number.format(this.subject.length), number.format(longest));
    }

    handleSubject(event: Event): void {
        this.subject = (event.target as HTMLInputElement).value;
    }

    handleOpening(event: Event): void {
        this.opening = (event.target as HTMLTextAreaElement).value;
    }

    async handleSearch(event: Event): Promise<void> {
        const text = (event.target as HTMLInputElement).value.trim();
        this.searchText = text;
        if (text.length < SHORTEST_SEARCH) {
            this.found = [];
            this.searched = false;
            return;
        }
        try {
            const found = await searchPeople({ searchText: text });
            if (text === this.searchText) {
                this.found = found;
                this.searched = true;
            }
        } catch (error) {
            this.actionError = error;
        }
    }

    handleAdd(event: Event): void {
        const userId = (event.currentTarget as HTMLElement).dataset.userId;
        const person = this.found.find((candidate) => candidate.userId === userId);
        if (person) {
            this.chosenPeople = [...this.chosenPeople, person];
        }
    }

    handleRemove(event: Event): void {
        const { recipientKind, recipientId } = (event.currentTarget as HTMLElement).dataset;
        if (recipientKind === 'organisation') {
            this.chosenOrganisations = this.chosenOrganisations.filter(
                (organisation) => organisation.id !== recipientId
            );
        } else {
            this.chosenPeople = this.chosenPeople.filter((person) => person.userId !== recipientId);
        }
    }

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('cancel'));
    }

    async handleSend(): Promise<void> {
        this.triedWithoutRecipients = !this.hasRecipients;
        const fieldsValid = reportAllValid(this.template, '[data-field]');
        if (!fieldsValid || !this.hasRecipients) {
            return;
        }
        const draft: DirectConversationDraft = {
            subject: this.subject.trim(),
            opening: this.opening.trim() || null,
            userIds: this.chosenPeople.map((person) => person.userId),
            organisationIds: this.chosenOrganisations.map((organisation) => organisation.id)
        };
        let conversationId = '';
        const started = await runAction(this, async () => {
            conversationId = await startConversation({ draft });
            return '';
        });
        if (started) {
            this.dispatchEvent(new CustomEvent('started', { detail: conversationId }));
        }
    }
}
