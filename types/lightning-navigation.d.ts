/**
 * The platform's navigation service, which no installed package types: only the
 * part the components use.
 */
declare module 'lightning/navigation' {
    import type { LightningElement } from 'lwc';

    export interface PageReference {
        type: string;
        attributes?: Record<string, unknown>;
        /** Query parameters; a value set to undefined is removed from the address. */
        state?: Record<string, string | undefined>;
    }

    /** Wire adapter: the page reference of the page shown, again after each navigation. */
    export const CurrentPageReference: import('lwc').WireAdapterConstructor<Record<string, never>, PageReference>;

    const Navigate: unique symbol;
    const GenerateUrl: unique symbol;

    export interface Navigator {
        [Navigate](pageReference: PageReference, replace?: boolean): void;
        [GenerateUrl](pageReference: PageReference): Promise<string>;
    }

    // A mixin's constructor must take `any[]` for TypeScript to merge it with the base class.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    type Mixin<Instance> = new (...args: any[]) => Instance;

    export const NavigationMixin: {
        <Base extends typeof LightningElement>(base: Base): Base & Mixin<Navigator>;
        readonly Navigate: typeof Navigate;
        readonly GenerateUrl: typeof GenerateUrl;
    };
}
