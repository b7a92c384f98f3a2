/**
 * Apex methods as components see them. Each imported method has one module
 * declaration below, typed with the DTOs of types/dto. Convention, relied on by
 * the project checks: the first type argument of ApexMethod is the parameter
 * object, whose keys are exactly the Apex parameter names (Record<string, never>
 * when the method takes none); the second is what the method returns.
 *
 * This file has no top-level import, so its declarations are global.
 */

/** The platform's wire result shape. */
interface ApexWireResult<Result> {
    data?: Result;
    error?: unknown;
}

/** An imported Apex method: callable imperatively, and usable with @wire. */
interface ApexMethod<Params, Result> {
    (params?: Params): Promise<Result>;
    adapter: import('lwc').WireAdapterConstructor<Params, ApexWireResult<Result>>;
}

declare module '@salesforce/apex/TaxonomyController.getFrameworks' {
    import type { StandardFramework } from '@dto/taxonomy';
    const getFrameworks: ApexMethod<Record<string, never>, StandardFramework[]>;
    export default getFrameworks;
}

declare module '@salesforce/apex/TaxonomyController.getVerificationStages' {
    import type { VerificationStage } from '@dto/taxonomy';
    const getVerificationStages: ApexMethod<Record<string, never>, VerificationStage[]>;
    export default getVerificationStages;
}
