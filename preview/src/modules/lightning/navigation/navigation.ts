import type { LightningElement } from 'lwc';

/**
 * Stand-in for lightning/navigation, whose open-source copy needs the platform's
 * router. The preview is one page whose address holds everything: `page` names
 * the site page, every other parameter is the page reference's state. Navigating
 * within the page changes the address as a site's router does (a new history
 * entry, or the same one when `replace` is asked) and tells every
 * CurrentPageReference wire; Back and Forward tell them too. Navigating to
 * another page is announced on the window, where the preview's frame and its
 * browser test follow it; nothing leaves the page.
 */
interface PageReference {
    type: string;
    attributes?: Record<string, unknown>;
    state?: Record<string, string | undefined>;
}

const PAGE_TYPE = 'comm__namedPage';
const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');
const readers = new Set<(reference: PageReference) => void>();

function currentReference(): PageReference {
    const query = new URLSearchParams(window.location.search);
    return { type: PAGE_TYPE, attributes: { name: query.get('page') ?? '' }, state: Object.fromEntries(query) };
}

function tellReaders(): void {
    const reference = currentReference();
    readers.forEach((read) => read(reference));
}

window.addEventListener('popstate', tellReaders);

function isThisPage(reference: PageReference): boolean {
    return reference.type === PAGE_TYPE && reference.attributes?.name === currentReference().attributes?.name;
}

function addressOf(reference: PageReference): string {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(reference.state ?? {})) {
        if (value !== undefined && value !== '') {
            query.set(key, value);
        }
    }
    return `${window.location.pathname}?${query.toString()}`;
}

/** The wire adapter: the page reference now, and again after each navigation or Back and Forward. */
class CurrentPageReference {
    private readonly read: (reference: PageReference) => void;

    constructor(dataCallback: (reference: PageReference) => void) {
        this.read = dataCallback;
    }

    connect(): void {
        readers.add(this.read);
        this.read(currentReference());
    }

    disconnect(): void {
        readers.delete(this.read);
    }

    update(): void {
        // The adapter takes no configuration.
    }
}

// A mixin's constructor must take `any[]` for TypeScript to accept it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<Instance> = new (...args: any[]) => Instance;

function NavigationMixin<Base extends Constructor<LightningElement>>(base: Base): Base {
    return class extends base {
        [Navigate](pageReference: PageReference, replace = false): void {
            if (!isThisPage(pageReference)) {
                window.dispatchEvent(new CustomEvent('preview-navigate', { detail: pageReference }));
                return;
            }
            const address = addressOf(pageReference);
            if (address !== `${window.location.pathname}${window.location.search}`) {
                if (replace) {
                    window.history.replaceState(null, '', address);
                } else {
                    window.history.pushState(null, '', address);
                }
            }
            tellReaders();
        }

        [GenerateUrl](pageReference: PageReference): Promise<string> {
            return Promise.resolve(isThisPage(pageReference) ? addressOf(pageReference) : `#${pageReference.type}`);
        }
    };
}
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;

export { CurrentPageReference, NavigationMixin };
