import type { BuiltinRegistry, CallSite } from '../interpreter/builtins';
import type { ApexValue } from '../interpreter/values';
import { UnsupportedError } from '../unsupported';
import { unsupportedCall } from './arguments';

/**
 * System.Label.get and translationExists (Label Class,
 * https://developer.salesforce.com/docs/platform/apex-ref/references/apex-ref/apex-class-system-label.html):
 * a label by name in a namespace, in the default language or in one asked for, and whether it
 * has a value in that language. The guide's example finds an English label with the code `en`;
 * how a code like `en` matches a label written in `en_US` is not documented, so a language that
 * only shares its prefix with the label's own is UNSUPPORTED. The project's labels have no
 * namespace: a namespace other than none (null or empty) is UNSUPPORTED.
 */
/** The org's default language: the scratch definition's, which the runtime's administrator has too. */
const ORG_LANGUAGE = 'en_US';

export function installLabels(registry: BuiltinRegistry): void {
    registry.addStatic('Label', 'get', (site, args) => {
        const [name, language] = labelArguments(site, 'Label.get', args);
        if (language === null) {
            // "the default language setting": the org's, which is also the running user's here.
            if (site.interpreter.userLanguage !== ORG_LANGUAGE) {
                throw new UnsupportedError(
                    'Label.get without a language, for a user of another language than the org',
                    site.loc
                );
            }
            return valueOf(site, name, ORG_LANGUAGE);
        }
        checkLanguage(site, name, language);
        return valueOf(site, name, language);
    });
    registry.addStatic('Label', 'translationExists', (site, args) => {
        const [name, language] = labelArguments(site, 'Label.translationExists', args);
        if (language === null) {
            return unsupportedCall(site, 'Label.translationExists', args);
        }
        checkLanguage(site, name, language);
        return site.interpreter.labels.hasValueIn(name, language) ?? unknown(site, name);
    });
}

/** `(namespace, label)` or `(namespace, label, language)`, all Strings. */
function labelArguments(site: CallSite, method: string, args: readonly ApexValue[]): [string, string | null] {
    const [namespace, name, language] = args;
    const isText = (value: ApexValue | undefined) => typeof value === 'string';
    if (
        (args.length !== 2 && args.length !== 3) ||
        !(namespace === null || isText(namespace)) ||
        !isText(name) ||
        (args.length === 3 && !isText(language))
    ) {
        return unsupportedCall(site, method, args);
    }
    if (namespace !== null && namespace !== '') {
        throw new UnsupportedError(`${method} in the namespace ${String(namespace)}`, site.loc);
    }
    return [name as string, args.length === 3 ? (language as string) : null];
}

function checkLanguage(site: CallSite, name: string, language: string): void {
    const own = site.interpreter.labels.languageOf(name) ?? unknown(site, name);
    if (own !== language && (own.startsWith(`${language}_`) || language.startsWith(`${own}_`))) {
        throw new UnsupportedError(`the label language ${language} for a label written in ${own}`, site.loc);
    }
}

function valueOf(site: CallSite, name: string, language: string): string {
    return site.interpreter.labels.valueIn(name, language) ?? unknown(site, name);
}

function unknown(site: CallSite, name: string): never {
    throw new UnsupportedError(`custom label ${name}, which the project does not define`, site.loc);
}
