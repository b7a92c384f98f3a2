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

type ErrorPanelElement = HTMLElement & { error: unknown };

const MEMBERSHIP_URL = 'https://www.chsalliance.org/membership/';
const MEMBER: AccessState = {
    standing: 'MEMBER',
    hasAccess: true,
    isOrganisationAdmin: false,
    isModerator: false,
    isAdministrator: false,
    organisationName: 'Sahel Relief Network',
    message: null,
    membershipInfoUrl: MEMBERSHIP_URL
};
const NOT_A_MEMBER: AccessState = {
    ...MEMBER,
    standing: 'NOT_A_MEMBER',
    hasAccess: false,
    organisationName: 'Relief Without Borders',
    message: 'CHS Exchange is for CHS Alliance members.'
};

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(): HTMLElement {
    const notice = createElement('c-access-notice', { is: AccessNotice });
    document.body.appendChild(notice);
    return notice;
}

async function renderWith(state: AccessState): Promise<HTMLElement> {
    const notice = render();
    stateAdapter.emit(state);
    await flush();
    return notice;
}

const find = (notice: HTMLElement, selector: string): HTMLElement | null => notice.shadowRoot!.querySelector(selector);

describe('c-access-notice', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('shows a spinner until the standing is known', () => {
        const notice = render();

        const spinner = find(notice, 'lightning-spinner') as unknown as { alternativeText: string };
        expect(spinner.alternativeText).toBe('c.Common_Loading');
        expect(find(notice, '[data-id="access-notice"]')).toBeNull();
        expect(find(notice, 'c-error-panel')).toBeNull();
    });

    it('shows nothing to a member', async () => {
        const notice = await renderWith(MEMBER);

        expect(notice.shadowRoot!.children).toHaveLength(0);
    });

    it('shows nothing to Alliance staff', async () => {
        const notice = await renderWith({ ...MEMBER, standing: 'ALLIANCE_STAFF', organisationName: null });

        expect(notice.shadowRoot!.children).toHaveLength(0);
    });

    it('tells a non-member why, and how to become a member', async () => {
        const notice = await renderWith(NOT_A_MEMBER);

        expect(find(notice, 'lightning-spinner')).toBeNull();
        expect(find(notice, '[data-id="access-notice"]')!.getAttribute('role')).toBe('status');
        expect(find(notice, '[data-id="access-notice"] h2')!.textContent).toBe('c.Access_Notice_Title');
        expect(find(notice, '[data-id="access-message"]')!.textContent).toBe(
            'CHS Exchange is for CHS Alliance members.'
        );
        const link = find(notice, '[data-id="membership-link"]') as HTMLAnchorElement;
        expect(link.href).toBe(MEMBERSHIP_URL);
        expect(link.target).toBe('_blank');
        expect(link.rel).toBe('noopener');
        expect(link.textContent).toBe('c.Access_Membership_Link');
    });

    it('tells a suspended member so, without the membership link', async () => {
        const notice = await renderWith({ ...NOT_A_MEMBER, standing: 'SUSPENDED', message: 'Membership suspended.' });

        expect(find(notice, 'h2')!.textContent).toBe('c.Access_Notice_Suspended_Title');
        expect(find(notice, '[data-id="access-message"]')!.textContent).toBe('Membership suspended.');
        expect(find(notice, '[data-id="membership-link"]')).toBeNull();
    });

    it('leaves the link out when no membership page is set', async () => {
        const notice = await renderWith({ ...NOT_A_MEMBER, membershipInfoUrl: null });

        expect(find(notice, 'h2')!.textContent).toBe('c.Access_Notice_Title');
        expect(find(notice, '[data-id="access-notice"]')).not.toBeNull();
        expect(find(notice, '[data-id="membership-link"]')).toBeNull();
    });

    it('still shows the notice when the server sends no reason', async () => {
        const notice = await renderWith({ ...NOT_A_MEMBER, message: null });

        expect(find(notice, '[data-id="access-message"]')!.textContent).toBe('');
        expect(find(notice, '[data-id="membership-link"]')).not.toBeNull();
    });

    it('shows an error when the standing cannot be read', async () => {
        const notice = render();
        stateAdapter.error({ message: 'Service unavailable' });
        await flush();

        const panel = find(notice, 'c-error-panel') as ErrorPanelElement;
        expect(panel.error).toEqual(expect.objectContaining({ body: { message: 'Service unavailable' } }));
        expect(panel.shadowRoot!.textContent).toContain('Service unavailable');
        expect(find(notice, '[data-id="access-notice"]')).toBeNull();
        expect(find(notice, 'lightning-spinner')).toBeNull();
    });
});
