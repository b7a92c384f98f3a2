import { PERSONAS, type Persona } from './personas';

export const LANGUAGES = [
    { code: 'en', name: 'English', dir: 'ltr' },
    { code: 'fr', name: 'Français', dir: 'ltr' },
    { code: 'es', name: 'Español', dir: 'ltr' },
    { code: 'ar', name: 'العربية', dir: 'rtl' }
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

/** Pages of the preview: site pages as members see them, and the console page of Alliance admins. */
export const PAGES = [
    { id: 'tagging', title: 'Tagging (site)' },
    { id: 'groups', title: 'Groups (site)' },
    { id: 'colleagues', title: 'Colleagues (site)' },
    { id: 'members', title: 'Member directory (site)' },
    { id: 'repository', title: 'Repository (site)' },
    { id: 'my-data', title: 'My data (site)' },
    { id: 'admin-queue', title: 'Admin queue (console)' },
    { id: 'moderation', title: 'Moderation queue (console)' },
    { id: 'safeguarding', title: 'Safeguarding caseload (console)' },
    { id: 'review', title: 'Repository review (console)' },
    { id: 'insights', title: 'Insights (console)' }
] as const;

export type PageId = (typeof PAGES)[number]['id'];

/** Who is looking, in which language, at which page: read once from the address so a reload keeps them. */
export interface PreviewSession {
    persona: Persona;
    language: LanguageCode;
    page: PageId;
}

function readSession(): PreviewSession {
    const query = new URLSearchParams(window.location.search);
    const persona = PERSONAS.find((candidate) => candidate.id === query.get('persona')) ?? (PERSONAS[0] as Persona);
    const language = LANGUAGES.find((candidate) => candidate.code === query.get('lang'))?.code ?? 'en';
    // The preview opens where a member starts: the groups page, not the picker demonstration.
    const page = PAGES.find((candidate) => candidate.id === query.get('page'))?.id ?? 'groups';
    return { persona, language, page };
}

export const session: PreviewSession = readSession();

/**
 * Reloads the page as another persona, in another language or at another page;
 * `state` adds what that page reads from the address, such as the group to open.
 * Switching only the language keeps what the page keeps in the address (the
 * open group, the filters), so the reader stays where they were.
 */
export function switchSession(
    change: { persona?: string; language?: string; page?: string },
    state: Record<string, string> = {}
): void {
    const page = change.page ?? session.page;
    const sameView = page === session.page && (change.persona ?? session.persona.id) === session.persona.id;
    const kept = sameView ? Object.fromEntries(new URLSearchParams(window.location.search)) : {};
    const query = new URLSearchParams({
        ...kept,
        persona: change.persona ?? session.persona.id,
        lang: change.language ?? session.language,
        page,
        ...state
    });
    window.location.search = query.toString();
}
