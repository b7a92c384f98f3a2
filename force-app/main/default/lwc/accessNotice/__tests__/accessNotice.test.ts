import { createElement } from 'lwc';
import AccessNotice from 'c/accessNotice';
import getAccessState from '@salesforce/apex/AccessController.getAccessState';
import type { AccessState } from '@dto/access';

jest.mock(
    '@salesforce/apex/AccessController.getAccessState',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);

interface WireAdapterMock {
    emit(value: unknown): void;
    error(body?: unknown): void;
}
const stateAdapter = getAccessState as unknown as WireAdapterMock;

const URL = 'https://www.chsalliance.org/membership/';
const MEMBER: AccessState = {
    standing: 'MEMBER',
    hasAccess: true,
    isOrganisationAdmin: false,
    isModerator: false,
    isAdministrator: false,
    organisationName: 'Sahel Relief Network',
    message: null,
    membershipInfoUrl: URL
};

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(): HTMLElement {
    const notice = createElement('c-access-notice', { is: AccessNotice });
    document.body.appendChild(notice);
    return notice;
}

const find = (notice: HTMLElement, selector: string): HTMLElement | null => notice.shadowRoot!.querySelector(selector);

describe('c-access-notice', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('shows a spinner until the standing is known', () => {
        const notice = render();

        expect((find(notice, 'lightning-spinner') as unknown as { alternativeText: string }).alternativeText).toBe(
            'c.Common_Loading'
        );
    });

    it('shows nothing to a member', async () => {
        const notice = render();
        stateAdapter.emit(MEMBER);
        await flush();

        expect(find(notice, '[data-id="access-notice"]')).toBeNull();
        expect(find(notice, 'lightning-spinner')).toBeNull();
    });

    it('tells a non-member why, and how to become a member', async () => {
        const notice = render();
        stateAdapter.emit({
            ...MEMBER,
            standing: 'NOT_A_MEMBER',
            hasAccess: false,
            message: 'Members only.'
        });
        await flush();

        expect(find(notice, '[role="status"] h2')!.textContent).toBe('c.Access_Notice_Title');
        expect(find(notice, '[data-id="access-message"]')!.textContent).toBe('Members only.');
        const link = find(notice, '[data-id="membership-link"]') as HTMLAnchorElement;
        expect(link.href).toBe(URL);
        expect(link.textContent).toBe('c.Access_Membership_Link');
    });

    it('tells a suspended member so, without the membership link', async () => {
        const notice = render();
        stateAdapter.emit({ ...MEMBER, standing: 'SUSPENDED', hasAccess: false, message: 'Suspended.' });
        await flush();

        expect(find(notice, 'h2')!.textContent).toBe('c.Access_Notice_Suspended_Title');
        expect(find(notice, '[data-id="membership-link"]')).toBeNull();
    });

    it('leaves the link out when no membership page is set', async () => {
        const notice = render();
        stateAdapter.emit({
            ...MEMBER,
            standing: 'NOT_A_MEMBER',
            hasAccess: false,
            message: 'Members only.',
            membershipInfoUrl: null
        });
        await flush();

        expect(find(notice, '[data-id="access-notice"]')).not.toBeNull();
        expect(find(notice, '[data-id="membership-link"]')).toBeNull();
    });

    it('shows an error when the standing cannot be read', async () => {
        const notice = render();
        stateAdapter.error({ message: 'Down' });
        await flush();

        expect(find(notice, 'c-error-panel')).not.toBeNull();
        expect(find(notice, '[data-id="access-notice"]')).toBeNull();
    });
});
