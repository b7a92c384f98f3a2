/** Modules the preview build generates from the project's metadata. */
declare module 'preview:taxonomy' {
    import type { StandardFramework, VerificationStage } from '@dto/taxonomy';
    const taxonomy: { frameworks: StandardFramework[]; stages: VerificationStage[] };
    export default taxonomy;
}

declare module 'preview:labels' {
    /** Language code → label name → text. */
    const table: Record<string, Record<string, string>>;
    export default table;
}

declare module 'preview:conduct' {
    /** Every Code_Of_Conduct__mdt record. */
    const texts: { version: number; language: string; body: string }[];
    export default texts;
}
