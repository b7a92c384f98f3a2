/**
 * Shapes exchanged with the repository controllers. Each interface names the Apex
 * class it mirrors with `@apex`.
 */

/** Values of Resource_Submission__c.Status__c. */
export type SubmissionStatus = 'Submitted' | 'In_Review' | 'Changes_Requested' | 'Published' | 'Rejected' | 'Withdrawn';

/** @apex MySubmission */
export interface MySubmission {
    id: string;
    name: string;
    title: string | null;
    status: SubmissionStatus;
    /** What to change, or why it was rejected. */
    moderatorMessage: string | null;
    submittedAt: string;
}

/** Values of Resource_Submission__c.Resource_Type__c and Repository_Resource__c.Resource_Type__c. */
export type ResourceType = 'Good_Practice' | 'Tool' | 'Guidance';

/** Values of Resource_Submission__c.Source__c. */
export type SubmissionSource = 'Direct_Upload' | 'Self_Assessment';

/** Decisions a moderator takes on a submission. */
export type ReviewDecision = 'Publish' | 'Request_Changes' | 'Reject';

/** Facets of the repository browser. */
export type FacetName =
    'stage' | 'commitment' | 'indicator' | 'organisationType' | 'country' | 'language' | 'year' | 'type';

/** Orders of the repository browser. */
export type ResourceSort = 'newest' | 'title' | 'rating' | 'downloads';

/** @apex ResourceRequest */
export interface ResourceRequest {
    /** Ignored for members' own submissions. */
    externalReference: string | null;
    /** Ignored for members' own submissions. */
    organisationId: string | null;
    /** Ignored for members' own submissions. */
    submittedById: string | null;
    title: string;
    summary: string | null;
    resourceType: ResourceType;
    proposedStage: string | null;
    /** Element keys, framework:code. */
    proposedTags: string[];
    language: string | null;
    year: number | null;
    documentId: string | null;
}

/** @apex SimilarItem */
export interface SimilarItem {
    id: string;
    title: string | null;
    organisationName: string | null;
    /** True for a published resource, false for a waiting submission. */
    isPublished: boolean;
}

/** @apex ReviewQueueItem */
export interface ReviewQueueItem {
    id: string;
    name: string;
    title: string | null;
    organisationName: string | null;
    source: SubmissionSource;
    status: SubmissionStatus;
    submittedAt: string;
    reviewerName: string | null;
}

/** @apex SubmissionReview */
export interface SubmissionReview {
    submissionId: string;
    /** Sent back unchanged with the decision. */
    version: string;
    decision: ReviewDecision | null;
    message: string | null;
    title: string | null;
    summary: string | null;
    resourceType: ResourceType | null;
    stage: string | null;
    /** Element keys, framework:code. */
    tags: string[];
    organisationType: string | null;
    /** ISO 3166-1 alpha-2. */
    country: string | null;
    language: string | null;
    year: number | null;
    documentId: string | null;
    organisationName: string | null;
    source: SubmissionSource | null;
    similar: SimilarItem[] | null;
    /** A published resource this one replaces as its new version. */
    replacesResourceId: string | null;
}

/** @apex FacetSelection */
export interface FacetSelection {
    facet: FacetName;
    values: string[];
}

/** @apex ResourceSearchRequest */
export interface ResourceSearchRequest {
    text: string | null;
    selections: FacetSelection[];
    sortBy: ResourceSort;
    /** From 1. */
    pageNumber: number;
}

/** @apex FacetValue */
export interface FacetValue {
    value: string;
    count: number;
    selected: boolean;
}

/** @apex RepositoryFacet */
export interface RepositoryFacet {
    name: FacetName;
    values: FacetValue[];
}

/** @apex ResourceCard */
export interface ResourceCard {
    id: string;
    title: string;
    excerpt: string | null;
    resourceType: ResourceType;
    organisationName: string | null;
    organisationType: string | null;
    /** ISO 3166-1 alpha-2. */
    country: string | null;
    /** Two-letter language code. */
    language: string | null;
    year: number | null;
    /** Verification stage code. */
    stage: string | null;
    /** Element keys, framework:code. */
    tags: string[];
    publishedAt: string;
    /** 1 to 5, null before the first rating. */
    averageRating: number | null;
    ratingCount: number;
    downloadCount: number;
}

/** @apex ResourceSearchResult */
export interface ResourceSearchResult {
    resources: ResourceCard[];
    total: number;
    pageNumber: number;
    pageSize: number;
    facets: RepositoryFacet[];
}

/** Values of Repository_Resource__c.Status__c. */
export type ResourceStatus = 'Published' | 'Retired';

/** @apex ResourceDetail */
export interface ResourceDetail {
    card: ResourceCard;
    summary: string | null;
    status: ResourceStatus;
    retiredAt: string | null;
    replacedById: string | null;
    replacedByTitle: string | null;
    hasFile: boolean;
    myRating: number | null;
    canRate: boolean;
    canRetire: boolean;
}

/** @apex SubmissionRules */
export interface SubmissionRules {
    /** Lower-case file extensions. */
    allowedTypes: string[];
    maxSizeBytes: number;
    mustAcceptConduct: boolean;
}
