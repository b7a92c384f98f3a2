import { LightningElement, api } from 'lwc';
import type { FacetSelection } from '@dto/repository';
import LABEL_BACK from '@salesforce/label/c.Resource_Back';
import LABEL_SUBMITTED from '@salesforce/label/c.Repository_Submitted';

type View = 'browse' | 'resource' | 'submit' | 'gaps';

/** Where the area opens: the browser, or the gap map (e.g. on a console page for Alliance staff). */
export type StartView = 'browse' | 'gaps';

/** The URL parameter that names an open resource, so a resource can be linked to and reloaded. */
const RESOURCE_PARAMETER = 'resource';

/**
 * The repository area of the site and of the console: the browser, a resource's
 * page, the form to offer a document, and the gap map. An open resource follows
 * the address (?resource=<Id>), so links and reloads work in LWR and Aura sites
 * alike. The browser, and the gap map once opened, are only hidden while
 * another view shows, so coming back finds the same words, facets, filters and
 * page.
 */
export default class ExchangeRepository extends LightningElement {
    /** Facets the browser opens with: FacetSelection[] or the same as JSON. */
    @api
    get initialSelections(): string | FacetSelection[] | undefined {
        return this.selections;
    }
    set initialSelections(value: string | FacetSelection[] | undefined) {
        this.selections = value;
    }

    /** 'gaps' opens on the gap map; anything else on the browser. A resource named in the address wins. */
    @api startView: StartView = 'browse';

    readonly labels = { back: LABEL_BACK };

    view: View = 'browse';
    resourceId?: string;
    successMessage = '';
    /** What the browser is given; the gap map replaces it when a cell is explored. */
    selections?: string | FacetSelection[];
    private gapsOpened = false;

    override connectedCallback(): void {
        const resourceId = new URLSearchParams(window.location.search).get(RESOURCE_PARAMETER);
        if (resourceId) {
            this.show('resource', resourceId, false);
        } else if (this.startView === 'gaps') {
            this.show('gaps', undefined, false);
        }
    }

    get browserClass(): string {
        return this.view === 'browse' ? '' : 'slds-hide';
    }

    get gapsClass(): string {
        return this.view === 'gaps' ? '' : 'slds-hide';
    }

    get hasGaps(): boolean {
        return this.gapsOpened;
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

    handleGaps(): void {
        this.show('gaps', undefined, false);
    }

    /**
     * Parsed into a new list each time: exploring the same cell again must reset
     * the browser's facets even when they were changed since, and an unchanged
     * string would not reach it.
     */
    handleExplore(event: CustomEvent<string>): void {
        this.selections = JSON.parse(event.detail) as FacetSelection[];
        this.show('browse', undefined, false);
    }

    handleBrowse(): void {
        this.show('browse', undefined, false);
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
        this.gapsOpened = this.gapsOpened || view === 'gaps';
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
