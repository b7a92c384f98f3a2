import { createElement } from 'lwc';
import GroupMemberList from 'c/groupMemberList';
import type { GroupMembership } from '@dto/groups';

type ListElement = HTMLElement & {
    members: GroupMembership[];
    canManage: boolean;
    canChangeRoles: boolean;
    canMessage: boolean;
};
type Menu = HTMLElement & { alternativeText: string };

function member(id: string, role: GroupMembership['role'], isSelf = false): GroupMembership {
    return {
        membershipId: id,
        userId: `005${id}`,
        name: `Person ${id}`,
        organisationName: 'Sahel Relief Network',
        role,
        status: 'Active',
        since: '2026-11-01T10:00:00.000Z',
        message: null,
        isSelf
    };
}

function render(
    members: GroupMembership[],
    canManage: boolean,
    canChangeRoles: boolean,
    canMessage = false
): ListElement {
    const list = createElement('c-group-member-list', { is: GroupMemberList }) as ListElement;
    Object.assign(list, { members, canManage, canChangeRoles, canMessage });
    document.body.appendChild(list);
    return list;
}

const row = (list: ListElement, id: string): HTMLElement =>
    list.shadowRoot!.querySelector(`[data-row="${id}"]`) as HTMLElement;
const items = (list: ListElement, id: string): string[] =>
    [...row(list, id).querySelectorAll('lightning-menu-item')].map(
        (item) => (item as unknown as { value: string }).value
    );

describe('c-group-member-list', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('shows each person with their role and offers a plain reader only to report someone else', () => {
        const list = render([member('1', 'Owner'), member('2', 'Member', true)], false, false);

        expect(row(list, '1').querySelector('[data-id="member-role"]')!.textContent).toBe('c.Group_Role_Owner');
        expect(row(list, '2').textContent).toContain('Sahel Relief Network');
        expect(items(list, '1')).toEqual(['report']);
        expect(row(list, '2').querySelector('lightning-button-menu')).toBeNull();
    });

    it('offers the other roles and removal to an owner, never for themself', () => {
        const list = render([member('1', 'Owner', true), member('2', 'Facilitator')], true, true);

        expect(row(list, '1').querySelector('lightning-button-menu')).toBeNull();
        expect(items(list, '2')).toEqual(['Owner', 'Member', 'remove', 'report']);
        expect((row(list, '2').querySelector('lightning-button-menu') as Menu).alternativeText).toBe(
            'c.Group_Member_Actions'
        );
    });

    it('offers only removal to a facilitator', () => {
        const list = render([member('2', 'Member')], true, false);

        expect(items(list, '2')).toEqual(['remove', 'report']);
    });

    it('offers to message everyone else when the reader may start conversations', () => {
        const list = render([member('1', 'Owner', true), member('2', 'Member')], false, false, true);

        expect(row(list, '1').querySelector('lightning-button-menu')).toBeNull();
        expect(items(list, '2')).toEqual(['message', 'report']);
    });

    it('shows no roles in a direct conversation', async () => {
        const list = render([member('1', 'Owner')], false, false);
        Object.assign(list, { hideRoles: true });
        await Promise.resolve();

        expect(row(list, '1').querySelector('[data-id="member-role"]')).toBeNull();
        expect(row(list, '1').textContent).toContain('Person 1');
    });

    it('fires the chosen action with the membership', () => {
        const list = render([member('2', 'Member')], true, true);
        const handler = jest.fn();
        list.addEventListener('memberaction', handler);

        row(list, '2')
            .querySelector('lightning-button-menu')!
            .dispatchEvent(new CustomEvent('select', { detail: { value: 'Facilitator' } }));

        expect((handler.mock.calls[0]![0] as CustomEvent<string>).detail).toBe('Facilitator:2');
    });

    it('shows nobody without a list', () => {
        const list = render(null as unknown as GroupMembership[], true, true);

        expect(list.shadowRoot!.querySelectorAll('[data-row]')).toHaveLength(0);
    });
});
