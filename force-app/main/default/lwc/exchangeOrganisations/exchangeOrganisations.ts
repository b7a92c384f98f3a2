import { LightningElement, api, wire } from 'lwc';
import { CurrentPageReference, NavigationMixin, type PageReference } from 'lightning/navigation';
import getAccessState from '@salesforce/apex/AccessController.getAccessState';
import type { AccessState } from '@dto/access';
import { readState, withState } from 'c/pageState';

/** The state key that names an open organisation, so its page can be linked to and reloaded. */
const ORGANISATION_KEY = 'organisation';

/**
 * The member directory of the site: the directory, or an organisation's page.
 * An open organisation follows the address (c__organisation=<Id>), so links,
 * reloads, Back and Forward work in LWR and Aura sites alike. The directory is only hidden while
 * a page shows, so coming back finds the same name and filters. A conversation
 * started from a page opens on the site's groups page, as links to groups do.
 */
export default class ExchangeOrganisations extends NavigationMixin(LightningElement) {
    /** API name of the site page that holds Exchange Groups, where conversations open. */
    @api groupsPageName = 'Groups__c';

    organisationId?: string;
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
        if (this.pageReference) {
            // Kept at once: the site reports the new reference later.
            this.pageReference = withState(this.pageReference, { [ORGANISATION_KEY]: organisationId });
            this[NavigationMixin.Navigate](this.pageReference);
        }
    }
}
