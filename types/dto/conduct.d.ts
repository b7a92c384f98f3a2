/** Shapes returned by ConductController. */

/** @apex CodeOfConduct */
export interface CodeOfConduct {
    /** The version in force; null when no code of conduct is set up. */
    version: number | null;
    language: string | null;
    /** Plain text; blank lines separate paragraphs. */
    body: string | null;
    acceptedAt: string | null;
    /** Members must accept it before posting or uploading; Alliance staff are not asked. */
    mustAccept: boolean;
}
