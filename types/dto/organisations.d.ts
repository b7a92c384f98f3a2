/**
 * Shapes exchanged with OrganisationDirectoryController. Each interface names the
 * Apex class it mirrors with `@apex`.
 */

/** @apex OrganisationDirectoryFilter */
export interface OrganisationDirectoryFilter {
    text: string | null;
    organisationType: string | null;
    /** ISO 3166-1 alpha-2. */
    country: string | null;
    /** Two-letter code. */
    language: string | null;
    /** A commitment or pillar key, framework:code. */
    commitment: string | null;
}

/** @apex OrganisationCard */
export interface OrganisationCard {
    id: string;
    name: string;
    organisationType: string | null;
    country: string | null;
    /** Two-letter codes. */
    languages: string[];
    /** Commitment and pillar keys, most used first (at most six). */
    commitments: string[];
    resourceCount: number;
    groupCount: number;
}

/** @apex OrganisationDirectoryPage */
export interface OrganisationDirectoryPage {
    organisations: OrganisationCard[];
    /** More match than are listed: narrow the search. */
    hasMore: boolean;
}

/** @apex OrganisationLink */
export interface OrganisationLink {
    id: string;
    title: string;
}

/** @apex OrganisationDetail */
export interface OrganisationDetail {
    card: OrganisationCard;
    profile: string | null;
    resources: OrganisationLink[];
    groups: OrganisationLink[];
    canEdit: boolean;
    /** The running user may start a direct conversation with this organisation. */
    canStartConversation: boolean;
}

/** @apex OrganisationProfileDraft */
export interface OrganisationProfileDraft {
    profile: string | null;
    languages: string[];
}
