import { LightningElement, wire } from 'lwc';
import getAccessState from '@salesforce/apex/AccessController.getAccessState';
import type { AccessState } from '@dto/access';

type View = 'directory' | 'group' | 'create';

/** The URL parameter that names an open group, so a group can be linked to and reloaded. */
const GROUP_PARAMETER = 'group';

/**
 * The Exchange groups area of the site: the directory with the user's pending
 * group invitations and their direct conversations (whose invitations are
 * answered there), a group's page (a conversation's too), and the form to create
 * a group. Which one shows follows the address (?group=<Id>), so links and the
 * back button work in LWR and Aura sites alike.
 */
export default class ExchangeGroups extends LightningElement {
    view: View = 'directory';
    groupId?: string;
    canSetKind = false;

    @wire(getAccessState)
    wiredAccess({ data }: ApexWireResult<AccessState>): void {
        this.canSetKind = data ? data.isModerator || data.isAdministrator : false;
    }

    override connectedCallback(): void {
        const groupId = new URLSearchParams(window.location.search).get(GROUP_PARAMETER);
        if (groupId) {
            this.show('group', groupId, false);
        }
    }

    get isDirectory(): boolean {
        return this.view === 'directory';
    }

    get isGroup(): boolean {
        return this.view === 'group';
    }

    get isCreate(): boolean {
        return this.view === 'create';
    }

    handleOpen(event: CustomEvent<string>): void {
        this.show('group', event.detail, true);
    }

    handleCreate(): void {
        this.show('create', undefined, false);
    }

    handleBack(): void {
        this.show('directory', undefined, true);
    }

    handleSaved(event: CustomEvent<string>): void {
        this.show('group', event.detail, true);
    }

    private show(view: View, groupId: string | undefined, remember: boolean): void {
        this.view = view;
        this.groupId = groupId;
        if (remember) {
            const url = new URL(window.location.href);
            if (groupId) {
                url.searchParams.set(GROUP_PARAMETER, groupId);
            } else {
                url.searchParams.delete(GROUP_PARAMETER);
            }
            window.history.replaceState(window.history.state, '', url.toString());
        }
    }
}
