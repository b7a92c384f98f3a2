import { createElement } from 'lwc';
import ModerationReportCard from 'c/moderationReportCard';
import type { ModerationQueueItem } from '@dto/moderation';

jest.mock('@salesforce/label/c.Moderation_About', () => ({ default: 'About {0} ({1})' }), { virtual: true });
jest.mock('@salesforce/label/c.Moderation_Decided_By', () => ({ default: 'by {0} on {1}' }), { virtual: true });
jest.mock('@salesforce/label/c.Moderation_In_Group', () => ({ default: 'In {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Moderation_Reported_By', () => ({ default: 'Reported by {0} on {1}' }), {
    virtual: true
});

type CardElement = HTMLElement & { item?: ModerationQueueItem; busy: boolean };

function queueItem(extra: Partial<ModerationQueueItem> = {}): ModerationQueueItem {
    return {
        id: 'r1',
        name: 'REP-000001',
        targetKind: 'Message',
        reason: 'Harassment',
        details: 'Insults a colleague',
        reportedByName: 'Aminata Traoré',
        reportedAt: '2026-11-20T09:30:00.000Z',
        groupId: 'g1',
        groupName: 'Safeguarding leads',
        messageId: 'm1',
        messageBody: '<p>You are useless</p>',
        messageHidden: false,
        messageDeleted: false,
        fileId: null,
        fileTitle: null,
        fileHidden: false,
        reportedUserId: 'u2',
        reportedUserName: 'Carlos Mendes',
        reportedOrganisationName: 'Andes Water Trust',
        status: 'Open',
        outcome: null,
        moderatorNote: null,
        decidedByName: null,
        decidedAt: null,
        ...extra
    };
}

function render(item: ModerationQueueItem | undefined): CardElement {
    const card = createElement('c-moderation-report-card', { is: ModerationReportCard }) as CardElement;
    card.item = item;
    document.body.appendChild(card);
    return card;
}

const find = (card: HTMLElement, selector: string): HTMLElement | null => card.shadowRoot!.querySelector(selector);
const decisions = (card: HTMLElement): string[] =>
    [...card.shadowRoot!.querySelectorAll('[data-decision]')].map((node) => (node as HTMLElement).dataset.decision!);

describe('c-moderation-report-card', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('shows what was reported, by whom and about whom, with every decision', () => {
        const card = render(queueItem());

        expect(find(card, 'h3')!.textContent).toBe('REP-000001 · c.Report_Kind_Message · c.Report_Reason_Harassment');
        expect(card.shadowRoot!.textContent).toContain('Reported by Aminata Traoré on Nov 20, 2026');
        expect(card.shadowRoot!.textContent).toContain('In Safeguarding leads');
        expect(find(card, '[data-id="about"]')!.textContent).toBe('About Carlos Mendes (Andes Water Trust)');
        expect(find(card, '[data-id="details"]')!.textContent!.trim()).toBe('Insults a colleague');
        expect(
            (find(card, '[data-id="reported-message"] lightning-formatted-rich-text') as unknown as { value: string })
                .value
        ).toBe('<p>You are useless</p>');
        expect(decisions(card)).toEqual([
            'Content_Hidden',
            'Member_Warned',
            'Suspended_From_Group',
            'Suspended_From_Exchange',
            'Dismissed'
        ]);
    });

    it('offers no hiding for a member report, a hidden or a deleted message', () => {
        const member = render(
            queueItem({ targetKind: 'Member', messageId: null, messageBody: null, details: null, groupName: null })
        );
        const hidden = render(queueItem({ messageHidden: true }));
        const deleted = render(queueItem({ messageDeleted: true, messageBody: null }));

        expect(decisions(member)).not.toContain('Content_Hidden');
        expect(find(member, '[data-id="reported-message"]')).toBeNull();
        expect(find(member, '[data-id="details"]')).toBeNull();
        expect(decisions(hidden)).not.toContain('Content_Hidden');
        expect(find(hidden, '[data-id="queue-hidden"]')).not.toBeNull();
        expect(decisions(deleted)).not.toContain('Content_Hidden');
        expect(find(deleted, '[data-id="reported-message"]')!.textContent).toBe('c.Moderation_Message_Deleted');
    });

    it('fires the chosen decision with the report', () => {
        const card = render(queueItem());
        const handler = jest.fn();
        card.addEventListener('decide', handler);

        (find(card, '[data-decision="Member_Warned"]') as HTMLElement).click();

        expect((handler.mock.calls[0]![0] as CustomEvent<string>).detail).toBe('Member_Warned:r1');
    });

    it('shows a decided report with its outcome and note, and restores hidden content', () => {
        const card = render(
            queueItem({
                status: 'Actioned',
                outcome: 'Content_Hidden',
                messageHidden: true,
                moderatorNote: 'Breach of conduct',
                decidedByName: 'Alliance Moderator',
                decidedAt: '2026-11-21T09:30:00.000Z'
            })
        );
        const handler = jest.fn();
        card.addEventListener('restore', handler);

        expect(decisions(card)).toEqual([]);
        expect(find(card, '[data-id="decision"]')!.textContent).toBe(
            'c.Report_Outcome_Content_Hidden · by Alliance Moderator on Nov 21, 2026'
        );
        expect(find(card, '[data-id="note"]')!.textContent).toBe('Breach of conduct');
        (find(card, '[data-id="restore"]') as HTMLElement).click();
        expect((handler.mock.calls[0]![0] as CustomEvent<string>).detail).toBe('m1');
    });

    it('shows a reported file, offers to hide it, and restores it once hidden', () => {
        const file = { messageId: null, messageBody: null, fileId: 'f1', fileTitle: 'Budget.pdf' };
        const open = render(queueItem(file));
        const hidden = render(queueItem({ ...file, status: 'Actioned', outcome: 'Content_Hidden', fileHidden: true }));
        const handler = jest.fn();
        hidden.addEventListener('restore', handler);

        expect(find(open, '[data-id="reported-file"]')!.textContent).toContain('Budget.pdf');
        expect(decisions(open)[0]).toBe('Content_Hidden');
        expect(find(hidden, '[data-id="reported-file"] lightning-badge')).not.toBeNull();
        (find(hidden, '[data-id="restore"]') as HTMLElement).click();
        expect((handler.mock.calls[0]![0] as CustomEvent<string>).detail).toBe('f1');
    });

    it('leaves out names the server could not give', () => {
        const card = render(
            queueItem({
                status: 'Dismissed',
                outcome: 'Dismissed',
                reportedByName: null,
                reportedOrganisationName: null,
                decidedByName: null,
                decidedAt: null
            })
        );

        expect(card.shadowRoot!.textContent).toContain('Reported by  on Nov 20, 2026');
        expect(find(card, '[data-id="about"]')!.textContent).toBe('About Carlos Mendes ()');
        expect(find(card, '[data-id="decision"]')!.textContent).toBe('c.Report_Outcome_Dismissed · by  on ');
        expect(find(card, '[data-id="restore"]')).toBeNull();
    });

    it('renders nothing without a report', () => {
        expect(find(render(undefined), 'article')).toBeNull();
    });
});
