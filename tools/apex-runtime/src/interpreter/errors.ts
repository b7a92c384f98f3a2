import type { ApexObject } from './values';

/** An Apex exception in flight. Apex `catch` clauses see it; JavaScript code only passes it on. */
export class ApexThrow extends Error {
    constructor(
        readonly exception: ApexObject,
        /** False for assertion failures and limit exceptions, which no catch block may stop. */
        readonly catchable: boolean
    ) {
        super(exception.exception?.message ?? exception.cls.name);
        this.name = 'ApexThrow';
    }
}
