import { LightningElement } from 'lwc';
import { LANGUAGES, PAGES, session, switchSession } from '../../../../data/session';
import { PERSONAS, organisationOf, userOf } from '../../../../data/personas';

interface Choice {
    value: string;
    label: string;
    selected: boolean;
}

interface Switcher {
    name: 'persona' | 'language' | 'page';
    label: string;
    choices: Choice[];
}

/**
 * The preview's page: a persona and a language switcher, and the components as a
 * later form will use them. Its own text is plain English: it is the preview's
 * frame, not part of the product.
 */
/** What the member directory is told the groups page is called; the preview's groups page stands for it. */
const GROUPS_PAGE_NAME = 'Groups_Preview__c';

export default class App extends LightningElement {
    commitments: string[] = [];
    standards: string[] = [];
    readonly groupsPageName = GROUPS_PAGE_NAME;

    /** The stand-in for lightning/navigation announces page references; a site would follow them. */
    private readonly followNavigation = (event: Event): void => {
        const reference = (
            event as CustomEvent<{ type: string; attributes?: { name?: unknown }; state?: Record<string, string> }>
        ).detail;
        if (reference.type === 'comm__namedPage' && reference.attributes?.name === GROUPS_PAGE_NAME) {
            switchSession({ page: 'groups' }, reference.state);
        }
    };

    override connectedCallback(): void {
        window.addEventListener('preview-navigate', this.followNavigation);
    }

    override disconnectedCallback(): void {
        window.removeEventListener('preview-navigate', this.followNavigation);
    }

    get switchers(): Switcher[] {
        return [
            {
                name: 'persona',
                label: 'Persona',
                choices: PERSONAS.map((persona) => ({
                    value: persona.id,
                    label: persona.title,
                    selected: persona.id === session.persona.id
                }))
            },
            {
                name: 'language',
                label: 'Language',
                choices: LANGUAGES.map((language) => ({
                    value: language.code,
                    label: language.name,
                    selected: language.code === session.language
                }))
            },
            {
                name: 'page',
                label: 'Page',
                choices: PAGES.map((page) => ({
                    value: page.id,
                    label: page.title,
                    selected: page.id === session.page
                }))
            }
        ];
    }

    get who(): string {
        const user = userOf(session.persona);
        const organisation = organisationOf(user);
        const membership = { Member: 'member', Suspended: 'membership suspended', Non_Member: 'not a member' }[
            organisation.status
        ];
        return `${user.name}, ${organisation.name} (${organisation.type}, ${organisation.country}; ${membership})`;
    }

    get isTaggingPage(): boolean {
        return session.page === 'tagging';
    }

    get isGroupsPage(): boolean {
        return session.page === 'groups';
    }

    get isColleaguesPage(): boolean {
        return session.page === 'colleagues';
    }

    get isMyDataPage(): boolean {
        return session.page === 'my-data';
    }

    get isAdminQueuePage(): boolean {
        return session.page === 'admin-queue';
    }

    get isModerationPage(): boolean {
        return session.page === 'moderation';
    }

    get isSafeguardingPage(): boolean {
        return session.page === 'safeguarding';
    }

    get isMembersPage(): boolean {
        return session.page === 'members';
    }

    get isRepositoryPage(): boolean {
        return session.page === 'repository';
    }

    get isReviewPage(): boolean {
        return session.page === 'review';
    }

    get isInsightsPage(): boolean {
        return session.page === 'insights';
    }

    get commitmentsValue(): string {
        return this.commitments.join(', ') || '(none)';
    }

    get standardsValue(): string {
        return this.standards.join(', ') || '(none)';
    }

    handleSwitch(event: Event): void {
        const select = event.target as HTMLSelectElement;
        switchSession({ [select.name]: select.value });
    }

    handleCommitments(event: CustomEvent<{ value: string[] }>): void {
        this.commitments = event.detail.value;
    }

    handleStandards(event: CustomEvent<{ value: string[] }>): void {
        this.standards = event.detail.value;
    }
}
