import { LightningElement, api, wire } from 'lwc';
import { CurrentPageReference, NavigationMixin, type PageReference } from 'lightning/navigation';
import getAccessState from '@salesforce/apex/AccessController.getAccessState';
import type { AccessState } from '@dto/access';
import type { OrganisationDirectoryQuery } from 'c/organisationDirectory';
import {
    queryFrom,
    readPage,
    readState,
    stateOfQuery,
    withState,
    type QueryFields,
    type StateChange
} from 'c/pageState';

/** The state key that names an open organisation, so its page can be linked to and reloaded. */
const ORGANISATION_KEY = 'organisation';

/** The directory's search, filters and page as the address keeps them. */
const QUERY_FIELDS: QueryFields<OrganisationDirectoryQuery> = {
    text: { key: 'q' },
    organisationType: { key: 'type' },
    country: { key: 'country' },
    language: { key: 'language' },
    commitment: { key: 'commitment' },
    page: { key: 'page', fresh: 1, read: readPage }
};

/**
 * The member directory of the site: the directory, or an organisation's page.
 * An open organisation and the directory's search, filters and page follow the
 * address (c__organisation=<Id>, c__q, c__type, c__country, c__language,
 * c__commitment, c__page), so links, bookmarks, reloads, Back and Forward work in
 * LWR and Aura sites alike. The directory is only hidden while a page shows, so
 * coming back finds the same name, filters and page. A conversation started from a page opens on the site's groups page,
 * as links to groups do.
 */
export default class ExchangeOrganisations extends NavigationMixin(LightningElement) {
    /** API name of the site page that holds Exchange Groups, where conversations open. */
    @api groupsPageName = 'Groups__c';

    organisationId?: string;
    /** The search, filters and page the address names, given to the directory after Back or from a link. */
    directoryQuery: OrganisationDirectoryQuery = queryFrom(undefined, QUERY_FIELDS);
    private pageReference?: PageReference;
    /**
     * Someone the Exchange refuses (not a member, suspended) sees nothing of the area: the
     * access notice on the page says why, once. Until the state is known, and if it cannot be
     * read, the area shows, so its own errors say what went wrong.
     */
    isRefused = false;

    @wire(getAccessState)
    wiredAccess({ data }: ApexWireResult<AccessState>): void {
        this.isRefused = data?.hasAccess === false;
    }

    get isShown(): boolean {
        return !this.isRefused;
    }

    @wire(CurrentPageReference)
    wiredPageReference(reference: PageReference | undefined): void {
        this.pageReference = reference;
        this.organisationId = readState(reference, ORGANISATION_KEY);
        this.directoryQuery = queryFrom(reference, QUERY_FIELDS);
    }

    get directoryClass(): string {
        return this.organisationId ? 'slds-hide' : '';
    }

    handleOpen(event: CustomEvent<string>): void {
        this.show(event.detail);
    }

    /** A profile saved on the page shows on its card on return. */
    handleBack(): void {
        this.show(undefined);
        const directory = this.template?.querySelector<HTMLElement & { refresh(): Promise<unknown> }>(
            'c-organisation-directory'
        );
        directory?.refresh().catch(() => undefined);
    }

    /** Each search, filter or page replaces the address rather than adding a step to go Back through. */
    handleQueryChange(event: CustomEvent<OrganisationDirectoryQuery>): void {
        this.directoryQuery = event.detail;
        this.navigate(stateOfQuery(event.detail, QUERY_FIELDS), true);
    }

    handleConversationStarted(event: CustomEvent<string>): void {
        this[NavigationMixin.Navigate]({
            type: 'comm__namedPage',
            attributes: { name: this.groupsPageName },
            state: { c__group: event.detail }
        });
    }

    /** Shows the page at once; the address follows, as a new step Back returns from. */
    private show(organisationId: string | undefined): void {
        this.organisationId = organisationId;
        this.navigate({ [ORGANISATION_KEY]: organisationId });
    }

    /** The reference navigated to is kept at once: the site reports it later. */
    private navigate(change: StateChange, replace = false): void {
        if (this.pageReference) {
            this.pageReference = withState(this.pageReference, change);
            this[NavigationMixin.Navigate](this.pageReference, replace);
        }
    }
}
