import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';

/** The URL parameter that names an open organisation, so its page can be linked to and reloaded. */
const ORGANISATION_PARAMETER = 'organisation';

/**
 * The member directory of the site: the directory, or an organisation's page.
 * An open organisation follows the address (?organisation=<Id>), so links and
 * reloads work in LWR and Aura sites alike. The directory is only hidden while
 * a page shows, so coming back finds the same name and filters. A conversation
 * started from a page opens on the site's groups page, as links to groups do.
 */
export default class ExchangeOrganisations extends NavigationMixin(LightningElement) {
    /** API name of the site page that holds Exchange Groups, where conversations open. */
    @api groupsPageName = 'Groups__c';

    organisationId?: string;

    override connectedCallback(): void {
        const organisationId = new URLSearchParams(window.location.search).get(ORGANISATION_PARAMETER);
        if (organisationId) {
            this.organisationId = organisationId;
        }
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
            state: { group: event.detail }
        });
    }

    private show(organisationId: string | undefined): void {
        this.organisationId = organisationId;
        const url = new URL(window.location.href);
        if (organisationId) {
            url.searchParams.set(ORGANISATION_PARAMETER, organisationId);
        } else {
            url.searchParams.delete(ORGANISATION_PARAMETER);
        }
        window.history.replaceState(window.history.state, '', url.toString());
    }
}
