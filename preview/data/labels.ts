import table from 'preview:labels';
import { session } from './session';

/** The label in the session's language; English, with a console warning, when a translation is missing. */
export function label(name: string): string {
    const translated = table[session.language]?.[name];
    if (translated) {
        return translated;
    }
    if (session.language !== 'en') {
        console.warn(`Label ${name} has no ${session.language} translation`);
    }
    return table.en?.[name] ?? name;
}
