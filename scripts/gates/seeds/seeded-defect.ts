/**
 * A deliberate defect that one gate must catch. The seeded-defect run copies
 * the project, applies the defect to the copy, runs the gate there and
 * requires it to fail with output matching `expect` (so it failed for the
 * right reason, not by accident).
 */
export interface SeededDefect {
    /** npm script of the gate, e.g. "check:apex". */
    gate: string;
    /** What is broken, in a few words, e.g. "Apex reads a field that does not exist". */
    name: string;
    /** Breaks the copy of the project whose root folder is given. */
    apply(copyRoot: string): void;
    /** The gate's output must match this. */
    expect: RegExp;
}
