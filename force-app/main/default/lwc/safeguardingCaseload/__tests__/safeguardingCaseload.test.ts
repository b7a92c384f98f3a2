import { createElement } from 'lwc';
import SafeguardingCaseload from 'c/safeguardingCaseload';
import { refreshApex } from '@salesforce/apex';
import getCaseload from '@salesforce/apex/ComplaintController.getCaseload';
import updateComplaint from '@salesforce/apex/ComplaintController.updateComplaint';
import type { ComplaintCase } from '@dto/safeguarding';

jest.mock(
    '@salesforce/apex/ComplaintController.getCaseload',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/ComplaintController.updateComplaint', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
jest.mock('@salesforce/label/c.Safeguarding_Reporter', () => ({ default: 'Raised by {0} ({1})' }), { virtual: true });
jest.mock('@salesforce/label/c.Common_Characters_Used', () => ({ default: '{0} of {1}' }), { virtual: true });
jest.mock('@salesforce/label/c.Moderation_In_Group', () => ({ default: 'In {0}' }), { virtual: true });

interface WireAdapterMock {
    emit(value: unknown): void;
    error(body?: unknown): void;
    getLastConfig(): { openOnly: boolean };
}
const adapter = getCaseload as unknown as WireAdapterMock;
const update = updateComplaint as unknown as jest.Mock;
const refresh = refreshApex as unknown as jest.Mock;

function complaint(id: string, extra: Partial<ComplaintCase> = {}): ComplaintCase {
    return {
        id,
        reference: `SC-00000${id}`,
        category: 'Abuse_Of_Power',
        description: 'A manager threatened staff.',
        groupName: null,
        status: 'Received',
        raisedAt: '2026-11-20T09:30:00.000Z',
        identityShared: false,
        reporterName: null,
        reporterOrganisation: null,
        officerNote: null,
        noteLength: 10000,
        ...extra
    };
}

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(): HTMLElement {
    const element = createElement('c-safeguarding-caseload', { is: SafeguardingCaseload });
    document.body.appendChild(element);
    return element;
}

type Field = HTMLElement & { value: string };
const all = (element: HTMLElement, id: string): string[] =>
    [...element.shadowRoot!.querySelectorAll(`[data-id="${id}"]`)].map((node) => node.textContent ?? '');
const field = (element: HTMLElement, id: string): Field =>
    element.shadowRoot!.querySelector(`[data-id="${id}"]`) as Field;

describe('c-safeguarding-caseload', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('loads open complaints, says when none are left, shows an error, and switches to closed ones', async () => {
        const element = render();
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        await flush();
        expect(adapter.getLastConfig()).toEqual({ openOnly: true });

        adapter.emit([]);
        await flush();
        expect(field(element, 'caseload-empty')).not.toBeNull();

        adapter.error({ message: 'Not a focal point' });
        await flush();
        expect(element.shadowRoot!.querySelector('c-error-panel')).not.toBeNull();

        field(element, 'caseload-filter').dispatchEvent(new CustomEvent('change', { detail: { value: 'closed' } }));
        await flush();
        expect(adapter.getLastConfig()).toEqual({ openOnly: false });
    });

    it('names the reporter only when they agreed', async () => {
        const element = render();
        adapter.emit([
            complaint('1'),
            complaint('2', {
                identityShared: true,
                reporterName: 'Hannah Okafor',
                reporterOrganisation: 'Mercy Bridge International',
                groupName: 'Safeguarding leads',
                officerNote: 'Referred to the agency.'
            })
        ]);
        await flush();

        expect(all(element, 'case-reporter')).toEqual([
            'c.Safeguarding_Anonymous',
            'Raised by Hannah Okafor (Mercy Bridge International)'
        ]);
        expect(all(element, 'case-note-text')).toEqual(['Referred to the agency.']);
        expect(element.shadowRoot!.textContent).toContain('In Safeguarding leads');
        adapter.emit([complaint('3', { identityShared: true })]);
        await flush();
        expect(all(element, 'case-reporter')).toEqual(['Raised by  ()']);
    });

    it('moves a complaint on with a note, then reads the caseload again', async () => {
        const element = render();
        adapter.emit([complaint('1', { officerNote: 'First call done.' })]);
        await flush();
        update.mockResolvedValue(undefined);

        (element.shadowRoot!.querySelector('[data-case-id="1"]') as HTMLElement).click();
        await flush();
        expect(field(element, 'case-note').value).toBe('First call done.');
        field(element, 'case-status').dispatchEvent(new CustomEvent('change', { detail: { value: 'Referred' } }));
        const note = field(element, 'case-note');
        note.value = '  Referred to the member agency.  ';
        note.dispatchEvent(new CustomEvent('change'));
        await flush();
        field(element, 'case-save').click();
        await flush();

        expect(update).toHaveBeenCalledWith({
            complaintId: '1',
            status: 'Referred',
            note: 'Referred to the member agency.'
        });
        expect(refresh).toHaveBeenCalled();
        expect(field(element, 'case-editor')).toBeNull();
    });

    it('keeps the editor open when saving fails, and can be cancelled', async () => {
        const element = render();
        adapter.emit([complaint('1')]);
        await flush();
        const refused = { body: { message: 'Refused' } };
        update.mockRejectedValue(refused);

        (element.shadowRoot!.querySelector('[data-case-id="1"]') as HTMLElement).click();
        await flush();
        field(element, 'case-save').click();
        await flush();
        expect(update).toHaveBeenCalledWith({ complaintId: '1', status: 'Received', note: null });
        expect(field(element, 'case-editor')).not.toBeNull();

        field(element, 'case-cancel').click();
        await flush();
        expect(field(element, 'case-editor')).toBeNull();
    });

    it('limits and counts the note against the length the caseload gives (B18)', async () => {
        const element = render();
        adapter.emit([complaint('1', { officerNote: 'Called.', noteLength: 600 })]);
        await flush();

        (element.shadowRoot!.querySelector('[data-case-id="1"]') as HTMLElement).click();
        await flush();
        const note = field(element, 'case-note') as Field & { maxLength: number };
        expect(note.maxLength).toBe(600);
        expect(field(element, 'note-count').textContent).toBe('7 of 600');

        note.value = 'Called twice.';
        note.dispatchEvent(new CustomEvent('change'));
        await flush();
        expect(field(element, 'note-count').textContent).toBe('13 of 600');
    });
});
