/**
 * The navigation service for component tests, in place of the stub sfdx-lwc-jest ships,
 * whose Navigate records nothing. Tests drive CurrentPageReference with emit() and read
 * what components asked for from `navigate`: each call's page reference, and the replace
 * flag when one was given.
 */
import { createTestWireAdapter } from '@salesforce/wire-service-jest-util';

export const CurrentPageReference = createTestWireAdapter(jest.fn());

/** Every navigation asked for, with the arguments as given. */
export const navigate = jest.fn();

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

// A mixin's constructor must take `any[]` for TypeScript to accept it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor = new (...args: any[]) => object;

export const NavigationMixin = Object.assign(
    <Base extends Constructor>(base: Base) =>
        class extends base {
            [Navigate](...args: unknown[]): void {
                navigate(...args);
            }

            [GenerateUrl](): Promise<string> {
                return Promise.resolve('https://www.example.com');
            }
        },
    { Navigate, GenerateUrl }
);
