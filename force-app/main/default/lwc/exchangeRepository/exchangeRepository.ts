import { LightningElement, api } from 'lwc';
import type { FacetSelection } from '@dto/repository';
import LABEL_SUBMITTED from '@salesforce/label/c.Repository_Submitted';

type View = 'browse' | 'resource' | 'submit';

/** The URL parameter that names an open resource, so a resource can be linked to and reloaded. */
const RESOURCE_PARAMETER = 'resource';

/**
 * The repository area of the site: the browser, a resource's page, and the form
 * to offer a document. An open resource follows the address (?resource=<Id>),
 * so links and reloads work in LWR and Aura sites alike. The browser is only
 * hidden while another view shows, so coming back finds the same words,
 * facets and page.
 */
export default class ExchangeRepository extends LightningElement {
    /** Facets the browser opens with: FacetSelection[] or the same as JSON. */
    @api initialSelections?: string | FacetSelection[];

    view: View = 'browse';
    resourceId?: string;
    successMessage = '';

    override connectedCallback(): void {
        const resourceId = new URLSearchParams(window.location.search).get(RESOURCE_PARAMETER);
        if (resourceId) {
            this.show('resource', resourceId, false);
        }
    }

    get browserClass(): string {
        return this.view === 'browse' ? '' : 'slds-hide';
    }

    get isResource(): boolean {
        return this.view === 'resource';
    }

    get isSubmit(): boolean {
        return this.view === 'submit';
    }

    handleOpen(event: CustomEvent<string>): void {
        this.show('resource', event.detail, true);
    }

    handleSubmit(): void {
        this.show('submit', undefined, false);
    }

    handleBack(): void {
        this.show('browse', undefined, true);
        this.refreshBrowser();
    }

    handleSubmitted(): void {
        this.show('browse', undefined, false);
        this.successMessage = LABEL_SUBMITTED;
    }

    /** What was rated, opened or retired on a resource's page shows in the browser's counts on return. */
    private refreshBrowser(): void {
        const browser = this.template?.querySelector<HTMLElement & { refresh(): Promise<unknown> }>(
            'c-repository-browser'
        );
        browser?.refresh().catch(() => undefined);
    }

    private show(view: View, resourceId: string | undefined, remember: boolean): void {
        this.view = view;
        this.resourceId = resourceId;
        this.successMessage = '';
        if (remember) {
            const url = new URL(window.location.href);
            if (resourceId) {
                url.searchParams.set(RESOURCE_PARAMETER, resourceId);
            } else {
                url.searchParams.delete(RESOURCE_PARAMETER);
            }
            window.history.replaceState(window.history.state, '', url.toString());
        }
    }
}
