import { createElement } from 'lwc';
import GroupLifecycleBanner from 'c/groupLifecycleBanner';
import type { GroupCard } from '@dto/groups';

jest.mock('@salesforce/label/c.Lifecycle_Archived_Banner', () => ({ default: 'Archived on {0}.' }), { virtual: true });
jest.mock('@salesforce/label/c.Lifecycle_Warning_Banner', () => ({ default: 'Will be archived on {0}.' }), {
    virtual: true
});

type BannerElement = HTMLElement & { group?: GroupCard; canRestore: boolean };

function render(group: Partial<GroupCard> | undefined, canRestore = false): BannerElement {
    const banner = createElement('c-group-lifecycle-banner', { is: GroupLifecycleBanner }) as BannerElement;
    banner.group = group as GroupCard | undefined;
    banner.canRestore = canRestore;
    document.body.appendChild(banner);
    return banner;
}

const find = (banner: HTMLElement, id: string): HTMLElement | null =>
    banner.shadowRoot!.querySelector(`[data-id="${id}"]`);

describe('c-group-lifecycle-banner', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('says nothing about an active group that was not warned', () => {
        const banner = render({ status: 'Active', archivesOn: null });

        expect(banner.shadowRoot!.querySelector('[role="status"]')).toBeNull();
        expect(render(undefined).shadowRoot!.querySelector('[role="status"]')).toBeNull();
    });

    it('warns when the group will be archived', () => {
        const banner = render({ status: 'Active', archivesOn: '2026-12-10' });

        expect(find(banner, 'warning-banner')!.textContent).toBe('Will be archived on Dec 10, 2026.');
    });

    it('says the group is archived, and offers the restore to those who may', () => {
        const reader = render({ status: 'Archived', archivedAt: '2026-08-01T02:00:00.000Z' });
        const creator = render({ status: 'Archived', archivedAt: '2026-08-01T02:00:00.000Z' }, true);
        const handler = jest.fn();
        creator.addEventListener('restore', handler);

        expect(find(reader, 'archived-banner')!.textContent).toBe('Archived on Aug 1, 2026.');
        expect(find(reader, 'restore')).toBeNull();
        find(creator, 'restore')!.click();
        expect(handler).toHaveBeenCalled();
    });

    it('speaks of a conversation when a direct conversation is warned, archived or restored', () => {
        const warned = render({ kind: 'Conversation', status: 'Active', archivesOn: '2026-12-10' });
        const archived = render(
            { kind: 'Conversation', status: 'Archived', archivedAt: '2026-08-01T02:00:00.000Z' },
            true
        );

        expect(find(warned, 'warning-banner')!.textContent).toBe('c.Conversation_Warning_Banner');
        expect(find(archived, 'archived-banner')!.textContent).toBe('c.Conversation_Archived_Banner');
        expect((find(archived, 'restore') as unknown as { label: string }).label).toBe('c.Conversation_Restore');
    });
});
