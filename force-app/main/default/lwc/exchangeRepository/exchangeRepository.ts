import { LightningElement, api, wire } from 'lwc';
import { CurrentPageReference, NavigationMixin, type PageReference } from 'lightning/navigation';
import getAccessState from '@salesforce/apex/AccessController.getAccessState';
import type { AccessState } from '@dto/access';
import type { FacetSelection, ResourceSearchRequest } from '@dto/repository';
import { readState, withState, type StateChange } from 'c/pageState';
import LABEL_BACK from '@salesforce/label/c.Resource_Back';
import LABEL_SUBMITTED from '@salesforce/label/c.Repository_Submitted';
import { directionalIcon } from 'c/labelFormat';

type View = 'browse' | 'resource' | 'submit' | 'gaps';

/** Where the area opens: the browser, or the gap map (e.g. on a console page for Alliance staff). */
export type StartView = 'browse' | 'gaps';

/** Views the address can name (c__view); a resource is named by its own key (c__resource). */
const NAMED_VIEWS = new Set<string>(['browse', 'submit', 'gaps']);

/** A search kept in the address, or nothing when there is none or it cannot be read. */
function searchFrom(value: string | undefined): ResourceSearchRequest | undefined {
    try {
        const parsed = value ? (JSON.parse(value) as Partial<ResourceSearchRequest>) : undefined;
        return parsed && Array.isArray(parsed.selections)
            ? {
                  text: parsed.text ?? null,
                  selections: parsed.selections,
                  sortBy: parsed.sortBy ?? 'newest',
                  pageNumber: Number(parsed.pageNumber) || 1
              }
            : undefined;
    } catch {
        return undefined;
    }
}

/**
 * The repository area of the site and of the console: the browser, a resource's
 * page, the form to offer a document, and the gap map. The view follows the
 * address (c__resource=<Id>, c__view), so links, reloads, Back and Forward work
 * in LWR and Aura sites alike. The browser, and the gap map once opened, are only hidden while
 * another view shows, so coming back finds the same words, facets, filters and
 * page.
 */
export default class ExchangeRepository extends NavigationMixin(LightningElement) {
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

    /** Points back along the reading direction: left, or right in Arabic. */
    readonly backIcon = directionalIcon('utility:back');
    readonly labels = { back: LABEL_BACK };

    view: View = 'browse';
    resourceId?: string;
    successMessage = '';
    /** The search the address names (c__search), given to the browser after Back or from a link. */
    searchRequest?: ResourceSearchRequest;
    /** What the browser is given; the gap map replaces it when a cell is explored. */
    selections?: string | FacetSelection[];
    private gapsOpened = false;
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

    override connectedCallback(): void {
        if (this.startView === 'gaps') {
            this.display('gaps', undefined);
        }
    }

    @wire(CurrentPageReference)
    wiredPageReference(reference: PageReference | undefined): void {
        this.pageReference = reference;
        const resourceId = readState(reference, 'resource');
        const named = readState(reference, 'view') ?? '';
        const view = resourceId ? 'resource' : NAMED_VIEWS.has(named) ? (named as View) : this.defaultView;
        this.display(view, resourceId);
        this.searchRequest = searchFrom(readState(reference, 'search'));
    }

    /**
     * Words, facets, sort and page go into the address as one value, replacing the entry, so a
     * search can be shared or bookmarked; a fresh search leaves the address plain.
     */
    handleSearchChange(event: CustomEvent<ResourceSearchRequest>): void {
        const request = event.detail;
        const isFresh =
            !request.text && request.selections.length === 0 && request.sortBy === 'newest' && request.pageNumber === 1;
        this.searchRequest = request;
        this.navigate({ search: isFresh ? undefined : JSON.stringify(request) }, true);
    }

    private get defaultView(): View {
        return this.startView === 'gaps' ? 'gaps' : 'browse';
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
        this.show('resource', event.detail);
    }

    handleSubmit(): void {
        this.show('submit', undefined);
    }

    handleGaps(): void {
        this.show('gaps', undefined);
    }

    /**
     * Parsed into a new list each time: exploring the same cell again must reset
     * the browser's facets even when they were changed since, and an unchanged
     * string would not reach it.
     */
    handleExplore(event: CustomEvent<string>): void {
        this.selections = JSON.parse(event.detail) as FacetSelection[];
        this.show('browse', undefined);
    }

    handleBrowse(): void {
        this.show('browse', undefined);
    }

    handleBack(): void {
        this.show('browse', undefined);
    }

    /** The sent form is replaced by the browser: Back does not return to a form already sent. */
    handleSubmitted(): void {
        this.show('browse', undefined, true);
        this.successMessage = LABEL_SUBMITTED;
    }

    /** What was rated, opened or retired on a resource's page shows in the browser's counts on return. */
    private refreshBrowser(): void {
        const browser = this.template?.querySelector<HTMLElement & { refresh(): Promise<unknown> }>(
            'c-repository-browser'
        );
        browser?.refresh().catch(() => undefined);
    }

    /** Shows the view at once; the address follows, as a new step Back returns from. */
    private show(view: View, resourceId: string | undefined, replace = false): void {
        this.display(view, resourceId);
        const named = view === 'resource' || view === this.defaultView ? undefined : view;
        this.navigate({ resource: resourceId, view: named }, replace);
    }

    /**
     * The reference navigated to is kept at once: the site reports it later, and a search
     * change meanwhile must build on it, not on the page before.
     */
    private navigate(change: StateChange, replace: boolean): void {
        if (this.pageReference) {
            this.pageReference = withState(this.pageReference, change);
            this[NavigationMixin.Navigate](this.pageReference, replace);
        }
    }

    /** The address may name the view shown already (it follows each navigation): then nothing changes. */
    private display(view: View, resourceId: string | undefined): void {
        if (view === this.view && resourceId === this.resourceId) {
            return;
        }
        const leftResource = this.view === 'resource';
        this.view = view;
        this.resourceId = resourceId;
        this.successMessage = '';
        this.gapsOpened = this.gapsOpened || view === 'gaps';
        if (leftResource && view === 'browse') {
            this.refreshBrowser();
        }
    }
}
