import { PERSONAS, type Persona } from './personas';

export const LANGUAGES = [
    { code: 'en', name: 'English', dir: 'ltr' },
    { code: 'fr', name: 'Français', dir: 'ltr' },
    { code: 'es', name: 'Español', dir: 'ltr' },
    { code: 'ar', name: 'العربية', dir: 'rtl' }
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

/** Who is looking, in which language: read once from the address so a reload keeps both. */
export interface PreviewSession {
    persona: Persona;
    language: LanguageCode;
}

function readSession(): PreviewSession {
    const query = new URLSearchParams(window.location.search);
    const persona = PERSONAS.find((candidate) => candidate.id === query.get('persona')) ?? (PERSONAS[0] as Persona);
    const language = LANGUAGES.find((candidate) => candidate.code === query.get('lang'))?.code ?? 'en';
    return { persona, language };
}

export const session: PreviewSession = readSession();

/** Reloads the page as another persona or in another language. */
export function switchSession(change: { persona?: string; language?: string }): void {
    const query = new URLSearchParams({
        persona: change.persona ?? session.persona.id,
        lang: change.language ?? session.language
    });
    window.location.search = query.toString();
}
