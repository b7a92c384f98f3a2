import type { LightningElement } from 'lwc';

/**
 * Stand-in for lightning/navigation, whose open-source copy needs the platform's
 * router. Navigating records the page reference on the window, where the
 * preview and its browser test can read it; nothing leaves the page.
 */
interface PageReference {
    type: string;
    attributes?: Record<string, unknown>;
    state?: Record<string, string>;
}

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

// A mixin's constructor must take `any[]` for TypeScript to accept it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<Instance> = new (...args: any[]) => Instance;

function NavigationMixin<Base extends Constructor<LightningElement>>(base: Base): Base {
    return class extends base {
        [Navigate](pageReference: PageReference): void {
            window.dispatchEvent(new CustomEvent('preview-navigate', { detail: pageReference }));
        }

        [GenerateUrl](pageReference: PageReference): Promise<string> {
            return Promise.resolve(`#${pageReference.type}`);
        }
    };
}
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;

export { NavigationMixin };
