import { createElement } from 'lwc';
import ReportForm from 'c/reportForm';
import getReportLimits from '@salesforce/apex/ModerationController.getReportLimits';
import reportContent from '@salesforce/apex/ModerationController.reportContent';

jest.mock('@salesforce/apex/ModerationController.getReportLimits', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/ModerationController.reportContent', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/label/c.Common_Characters_Used', () => ({ default: '{0} of {1}' }), { virtual: true });

const report = reportContent as unknown as jest.Mock;
const limits = getReportLimits as unknown as jest.Mock;

type FormElement = HTMLElement & {
    heading: string;
    targetKind: string;
    messageId?: string;
    groupId?: string;
    userId?: string;
};

function render(props: Partial<FormElement>): FormElement {
    const form = createElement('c-report-form', { is: ReportForm }) as FormElement;
    Object.assign(form, props);
    document.body.appendChild(form);
    return form;
}

function flush(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

const find = (form: HTMLElement, id: string): HTMLElement & { disabled: boolean; value: string } =>
    form.shadowRoot!.querySelector(`[data-id="${id}"]`) as HTMLElement & { disabled: boolean; value: string };

async function choose(form: HTMLElement, reason: string, details: string): Promise<void> {
    find(form, 'report-reason').dispatchEvent(new CustomEvent('change', { detail: { value: reason } }));
    const textarea = find(form, 'report-details');
    textarea.value = details;
    textarea.dispatchEvent(new CustomEvent('change'));
    await flush();
}

describe('c-report-form', () => {
    beforeEach(() => {
        limits.mockResolvedValue({ detailsLength: 2000 });
    });

    afterEach(() => {
        document.body.replaceChildren();
        jest.resetAllMocks();
    });

    it('names what is reported, and cannot be sent before a reason is chosen', () => {
        const form = render({ heading: 'Report this message', targetKind: 'Message', messageId: 'm1' });

        expect(form.shadowRoot!.querySelector('h3')!.textContent).toBe('Report this message');
        expect(find(form, 'report-send').disabled).toBe(true);
        expect((find(form, 'report-reason') as unknown as { options: unknown[] }).options).toHaveLength(6);
    });

    it('sends a message report with the reason and trimmed details, then fires reported', async () => {
        const form = render({ heading: 'Report', targetKind: 'Message', messageId: 'm1' });
        const reported = jest.fn();
        form.addEventListener('reported', reported);
        report.mockResolvedValue('r1');

        await choose(form, 'Harassment', '  Insults  ');
        find(form, 'report-send').click();
        await flush();

        expect(report).toHaveBeenCalledWith({
            request: {
                targetKind: 'Message',
                messageId: 'm1',
                groupId: null,
                userId: null,
                fileId: null,
                reason: 'Harassment',
                details: 'Insults'
            }
        });
        expect((reported.mock.calls[0]![0] as CustomEvent<string>).detail).toBe('r1');
    });

    it('keeps what was typed and shows the refusal when the server says no', async () => {
        const form = render({ heading: 'Report', targetKind: 'Member', groupId: 'g1', userId: 'u1' });
        const refused = { body: { message: 'Refused' } };
        const reported = jest.fn();
        form.addEventListener('reported', reported);
        report.mockRejectedValue(refused);

        await choose(form, 'Spam', '');
        find(form, 'report-send').click();
        await flush();

        expect(report.mock.calls[0]![0].request).toMatchObject({ targetKind: 'Member', userId: 'u1', details: null });
        expect(reported).not.toHaveBeenCalled();
        expect((form.shadowRoot!.querySelector('c-action-feedback') as unknown as { error: unknown }).error).toEqual(
            refused
        );
        expect(find(form, 'report-reason').value).toBe('Spam');
    });

    it('fires cancel', () => {
        const form = render({ heading: 'Report', targetKind: 'Message', messageId: 'm1' });
        const cancelled = jest.fn();
        form.addEventListener('cancel', cancelled);

        find(form, 'report-cancel').click();

        expect(cancelled).toHaveBeenCalled();
    });

    it('opens with the focus on its heading, closes on Escape, and gives the focus back to the Report link', async () => {
        const opener = document.createElement('button');
        document.body.appendChild(opener);
        opener.focus();
        const form = render({ heading: 'Report this message', targetKind: 'Message', messageId: 'm1' });
        await Promise.resolve();
        const cancel = jest.fn();
        form.addEventListener('cancel', cancel);
        const heading = form.shadowRoot!.querySelector('[data-id="report-heading"]');
        expect(form.shadowRoot!.activeElement).toBe(heading);

        heading!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        expect(cancel).toHaveBeenCalledTimes(1);
        form.remove();
        expect(document.activeElement).toBe(opener);
    });

    it('limits and counts the details against what the server keeps (B18)', async () => {
        limits.mockResolvedValue({ detailsLength: 750 });
        const form = render({ heading: 'Report', targetKind: 'Message', messageId: 'm1' });
        await flush();

        expect((find(form, 'report-details') as unknown as { maxLength: number }).maxLength).toBe(750);
        expect(find(form, 'details-count').textContent).toBe('0 of 750');
        await choose(form, 'Spam', 'Selling courses');
        expect(find(form, 'details-count').textContent).toBe('15 of 750');
    });

    it('leaves the details to the server when the limit cannot be read (B18)', async () => {
        limits.mockRejectedValue({ body: { message: 'Offline' } });
        const form = render({ heading: 'Report', targetKind: 'Message', messageId: 'm1' });
        await flush();

        expect(find(form, 'details-count').textContent).toBe('');
        expect(find(form, 'report-send')).not.toBeNull();
    });
});
