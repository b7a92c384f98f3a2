import { standInFor } from './controllers';

/** Long enough for loading states to show, short enough not to slow the browser test. */
const LATENCY_MS = 250;

type WireValue = { data?: unknown; error?: unknown };
type WireCallback = (value: WireValue) => void;

/** The value each wire last delivered, mapped to a refetch: what refreshApex looks up. */
const REFETCH_BY_VALUE = new WeakMap<object, () => Promise<void>>();

/** What `import { refreshApex } from '@salesforce/apex'` gives a component. */
export function refreshApex(value: unknown): Promise<void> {
    const refetch = typeof value === 'object' && value !== null ? REFETCH_BY_VALUE.get(value) : undefined;
    return refetch ? refetch() : Promise.resolve();
}

function invoke(name: string, params: Record<string, unknown>): Promise<unknown> {
    return new Promise((resolve, reject) => {
        setTimeout(() => {
            const method = standInFor(name);
            if (!method) {
                reject(new Error(`The preview has no stand-in for Apex ${name}`));
                return;
            }
            try {
                // A copy, as data arriving from the server would be.
                resolve(structuredClone(method(params)));
            } catch (error) {
                reject(error);
            }
        }, LATENCY_MS);
    });
}

/** What `import method from '@salesforce/apex/Class.method'` gives a component: callable, and wireable. */
export function apexMethod(name: string): ((params?: Record<string, unknown>) => Promise<unknown>) & {
    adapter: unknown;
} {
    const call = (params: Record<string, unknown> = {}): Promise<unknown> => invoke(name, params);

    class ApexWireAdapter {
        private readonly callback: WireCallback;
        private requested = false;

        constructor(callback: WireCallback) {
            this.callback = callback;
        }

        update(config: Record<string, unknown>): void {
            this.requested = true;
            this.fetch(config);
        }

        connect(): void {
            if (!this.requested) {
                this.fetch({});
            }
        }

        disconnect(): void {
            // Nothing is held open.
        }

        private fetch(config: Record<string, unknown>): Promise<void> {
            return invoke(name, config).then(
                (data) => this.deliver({ data, error: undefined }, config),
                (error: unknown) => this.deliver({ data: undefined, error }, config)
            );
        }

        private deliver(value: WireValue, config: Record<string, unknown>): void {
            REFETCH_BY_VALUE.set(value, () => this.fetch(config));
            this.callback(value);
        }
    }

    return Object.assign(call, { adapter: ApexWireAdapter });
}
