import { LightningElement, wire } from 'lwc';
import { CurrentPageReference, NavigationMixin, type PageReference } from 'lightning/navigation';
import getAccessState from '@salesforce/apex/AccessController.getAccessState';
import type { AccessState } from '@dto/access';
import type { GroupDirectoryQuery } from '@dto/groups';
import {
    queryFrom,
    readPage,
    readState,
    stateOfQuery,
    withState,
    type QueryFields,
    type StateChange
} from 'c/pageState';

type View = 'directory' | 'group' | 'create';

const flag = (text: string): boolean => text === 'true';

/** The directory's query as the address keeps it. */
const QUERY_FIELDS: QueryFields<GroupDirectoryQuery> = {
    searchText: { key: 'q' },
    commitment: { key: 'commitment' },
    language: { key: 'language' },
    scope: { key: 'scope' },
    region: { key: 'region' },
    country: { key: 'country' },
    kind: { key: 'kind' },
    privacy: { key: 'privacy' },
    sortBy: { key: 'sort', fresh: 'recent' },
    myGroupsOnly: { key: 'mine', read: flag },
    includeArchived: { key: 'archived', read: flag },
    page: { key: 'page', fresh: 1, read: readPage }
};

/**
 * The Exchange groups area of the site: the directory with the user's pending
 * group invitations and their direct conversations (whose invitations are
 * answered there), a group's page (a conversation's too), and the form to create
 * a group. The view and the directory's search, filters and page live in the
 * page address (c__group, c__view, c__q…), so each can be linked to and
 * reloaded, Back and Forward move between them, and coming back to the
 * directory finds it as it was left. It follows CurrentPageReference, as LWR and
 * Aura sites change it on navigation.
 */
export default class ExchangeGroups extends NavigationMixin(LightningElement) {
    view: View = 'directory';
    groupId?: string;
    directoryQuery: GroupDirectoryQuery = queryFrom(undefined, QUERY_FIELDS);
    canSetKind = false;
    /**
     * Someone the Exchange refuses (not a member, suspended) sees nothing of the area: the
     * access notice on the page says why, once, instead of one refusal per list and live
     * controls that cannot work. Until the state is known, and if it cannot be read, the area
     * shows, so its own errors say what went wrong.
     */
    isRefused = false;
    /** Said above the directory after leaving a group the user can no longer open. */
    notice = '';
    private pageReference?: PageReference;

    @wire(getAccessState)
    wiredAccess({ data }: ApexWireResult<AccessState>): void {
        this.canSetKind = data ? data.isModerator || data.isAdministrator : false;
        this.isRefused = data?.hasAccess === false;
    }

    @wire(CurrentPageReference)
    wiredPageReference(reference: PageReference | undefined): void {
        this.pageReference = reference;
        this.groupId = readState(reference, 'group');
        this.view = this.groupId ? 'group' : readState(reference, 'view') === 'create' ? 'create' : 'directory';
        this.directoryQuery = queryFrom(reference, QUERY_FIELDS);
    }

    get isDirectory(): boolean {
        return !this.isRefused && this.view === 'directory';
    }

    get isGroup(): boolean {
        return !this.isRefused && this.view === 'group';
    }

    get isCreate(): boolean {
        return !this.isRefused && this.view === 'create';
    }

    handleOpen(event: CustomEvent<string>): void {
        this.show({ group: event.detail, view: undefined });
    }

    handleCreate(): void {
        this.show({ group: undefined, view: 'create' });
    }

    handleBack(): void {
        this.show({ group: undefined, view: undefined });
    }

    /** The group left is no longer readable: back to the directory, saying which group was left. */
    handleLeft(event: CustomEvent<string>): void {
        this.show({ group: undefined, view: undefined }, true);
        this.notice = event.detail;
    }

    /** The form is replaced by the group it made: Back from the group goes to the directory, not to the form. */
    handleSaved(event: CustomEvent<string>): void {
        this.show({ group: event.detail, view: undefined }, true);
    }

    /** Each search or filter replaces the address rather than adding a step to go Back through. */
    handleQueryChange(event: CustomEvent<GroupDirectoryQuery>): void {
        this.directoryQuery = event.detail;
        this.navigate(stateOfQuery(event.detail, QUERY_FIELDS), true);
    }

    /** Shows the view at once; the address follows, and Back returns to where this was. */
    private show(change: { group: string | undefined; view: 'create' | undefined }, replace = false): void {
        this.notice = '';
        this.groupId = change.group;
        this.view = change.group ? 'group' : change.view === 'create' ? 'create' : 'directory';
        this.navigate(change, replace);
    }

    /** The reference navigated to is kept at once: the site reports it later. */
    private navigate(change: StateChange, replace: boolean): void {
        if (this.pageReference) {
            this.pageReference = withState(this.pageReference, change);
            this[NavigationMixin.Navigate](this.pageReference, replace);
        }
    }
}
