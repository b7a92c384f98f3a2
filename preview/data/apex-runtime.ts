import { CONTROLLERS } from './controllers';

/** Long enough for loading states to show, short enough not to slow the browser test. */
const LATENCY_MS = 250;

type WireCallback = (value: { data?: unknown; error?: unknown }) => void;

function invoke(name: string, params: Record<string, unknown>): Promise<unknown> {
    return new Promise((resolve, reject) => {
        setTimeout(() => {
            const method = CONTROLLERS[name];
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

        private fetch(config: Record<string, unknown>): void {
            invoke(name, config).then(
                (data) => this.callback({ data, error: undefined }),
                (error: unknown) => this.callback({ data: undefined, error })
            );
        }
    }

    return Object.assign(call, { adapter: ApexWireAdapter });
}
