import type { ElementKind, FacetName, ResourceType, SubmissionSource, SubmissionStatus } from '@dto/enumerations';
import type { ResourceCard } from '@dto/repository';
import type { StandardElement, StandardFramework, VerificationStage } from '@dto/taxonomy';
import { countryName } from 'c/groupLabels';
import { formatLabel, labelIn, pageLanguage } from 'c/labelFormat';
import LABEL_BY from '@salesforce/label/c.Repository_By';
import LABEL_COMMITMENT from '@salesforce/label/c.Group_Commitment_Badge';
import LABEL_COUNTRY from '@salesforce/label/c.Group_Field_Country';
import LABEL_DOWNLOADS from '@salesforce/label/c.Repository_Downloads';
import LABEL_ELEMENT_TITLE from '@salesforce/label/c.Repository_Element_Title';
import LABEL_FACET_COMMITMENT from '@salesforce/label/c.Repository_Facet_Commitment';
import LABEL_FACET_INDICATOR from '@salesforce/label/c.Repository_Facet_Indicator';
import LABEL_FACET_LANGUAGE from '@salesforce/label/c.Repository_Facet_Language';
import LABEL_FACET_ORGANISATION_TYPE from '@salesforce/label/c.Repository_Facet_Organisation_Type';
import LABEL_FACET_STAGE from '@salesforce/label/c.Repository_Facet_Stage';
import LABEL_FACET_TYPE from '@salesforce/label/c.Repository_Facet_Type';
import LABEL_FACET_YEAR from '@salesforce/label/c.Repository_Facet_Year';
import LABEL_INDICATOR from '@salesforce/label/c.Repository_Element_Indicator';
import LABEL_OPEN from '@salesforce/label/c.Group_Open';
import LABEL_NOT_RATED from '@salesforce/label/c.Repository_Not_Rated';
import LABEL_PILLAR from '@salesforce/label/c.Repository_Element_Pillar';
import LABEL_RATING from '@salesforce/label/c.Repository_Rating';
import LABEL_STANDARD from '@salesforce/label/c.Repository_Element_Standard';
import LABEL_TYPE_GOOD_PRACTICE from '@salesforce/label/c.Repository_Type_Good_Practice';
import LABEL_TYPE_GUIDANCE from '@salesforce/label/c.Repository_Type_Guidance';
import LABEL_TYPE_TOOL from '@salesforce/label/c.Repository_Type_Tool';
import LABEL_ABOUT from '@salesforce/label/c.Taxonomy_About';
import LABEL_DIRECT_UPLOAD from '@salesforce/label/c.Review_Source_Direct_Upload';
import LABEL_SELF_ASSESSMENT from '@salesforce/label/c.Review_Source_Self_Assessment';
import LABEL_ORG_ACADEMIC from '@salesforce/label/c.Org_Type_Academic';
import LABEL_ORG_DONOR from '@salesforce/label/c.Org_Type_Donor';
import LABEL_ORG_GOVERNMENT from '@salesforce/label/c.Org_Type_Government';
import LABEL_ORG_INTERNATIONAL_NGO from '@salesforce/label/c.Org_Type_International_NGO';
import LABEL_ORG_LOCAL_NGO from '@salesforce/label/c.Org_Type_Local_NGO';
import LABEL_ORG_NATIONAL_NGO from '@salesforce/label/c.Org_Type_National_NGO';
import LABEL_ORG_NGO_NETWORK from '@salesforce/label/c.Org_Type_NGO_Network';
import LABEL_ORG_OTHER from '@salesforce/label/c.Org_Type_Other';
import LABEL_ORG_RED_CROSS from '@salesforce/label/c.Org_Type_Red_Cross_Red_Crescent';
import LABEL_ORG_STANDARDS_BODY from '@salesforce/label/c.Org_Type_Standards_Body';
import LABEL_ORG_UN_AGENCY from '@salesforce/label/c.Org_Type_UN_Agency';
import LABEL_CHANGES from '@salesforce/label/c.Submissions_Status_Changes_Requested';
import LABEL_IN_REVIEW from '@salesforce/label/c.Submissions_Status_In_Review';
import LABEL_PUBLISHED from '@salesforce/label/c.Submissions_Status_Published';
import LABEL_REJECTED from '@salesforce/label/c.Submissions_Status_Rejected';
import LABEL_SUBMITTED from '@salesforce/label/c.Submissions_Status_Submitted';
import LABEL_WITHDRAWN from '@salesforce/label/c.Submissions_Status_Withdrawn';

/** A submission's status, in the order a submission passes through them. */
export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, string> = {
    Submitted: LABEL_SUBMITTED,
    In_Review: LABEL_IN_REVIEW,
    Changes_Requested: LABEL_CHANGES,
    Published: LABEL_PUBLISHED,
    Rejected: LABEL_REJECTED,
    Withdrawn: LABEL_WITHDRAWN
};

/** Where a submission came from, as moderators read it. */
export const SOURCE_LABELS: Record<SubmissionSource, string> = {
    Direct_Upload: LABEL_DIRECT_UPLOAD,
    Self_Assessment: LABEL_SELF_ASSESSMENT
};

export const RESOURCE_TYPE_LABELS: Record<ResourceType, string> = {
    Good_Practice: LABEL_TYPE_GOOD_PRACTICE,
    Tool: LABEL_TYPE_TOOL,
    Guidance: LABEL_TYPE_GUIDANCE
};

/**
 * Organisation types are stored as their English names (the taxonomy list), so
 * filters and facets send those; only what people read is translated.
 */
export const ORGANISATION_TYPE_LABELS: Record<string, string> = {
    'International NGO': LABEL_ORG_INTERNATIONAL_NGO,
    'National NGO': LABEL_ORG_NATIONAL_NGO,
    'Local NGO / community-based organisation': LABEL_ORG_LOCAL_NGO,
    'NGO network or consortium': LABEL_ORG_NGO_NETWORK,
    'UN agency': LABEL_ORG_UN_AGENCY,
    'Red Cross / Red Crescent': LABEL_ORG_RED_CROSS,
    'Government / public body': LABEL_ORG_GOVERNMENT,
    Donor: LABEL_ORG_DONOR,
    'Academic / research institute': LABEL_ORG_ACADEMIC,
    'Standards body': LABEL_ORG_STANDARDS_BODY,
    Other: LABEL_ORG_OTHER
};

/** Facet names in the order the panel shows them, with their translated names. */
export const FACET_LABELS: Record<FacetName, string> = {
    type: LABEL_FACET_TYPE,
    stage: LABEL_FACET_STAGE,
    commitment: LABEL_FACET_COMMITMENT,
    indicator: LABEL_FACET_INDICATOR,
    organisationType: LABEL_FACET_ORGANISATION_TYPE,
    country: LABEL_COUNTRY,
    language: LABEL_FACET_LANGUAGE,
    year: LABEL_FACET_YEAR
};

/** Element kinds come from data in English; they are named in the reader's language. */
const ELEMENT_KIND_LABELS: Record<ElementKind, string> = {
    Commitment: LABEL_COMMITMENT,
    Indicator: LABEL_INDICATOR,
    Pillar: LABEL_PILLAR,
    Standard: LABEL_STANDARD
};

/** A display name, where it sorts among its facet's values, and the Alliance's description if loaded. */
interface Named {
    label: string;
    order: number;
    description: string | null;
}

/** The standards' stages and elements, looked up by code and by key (framework:code). */
export interface Taxonomy {
    stages: Map<string, Named>;
    elements: Map<string, Named>;
}

/** How every list, chip and cell names a titled element: "5.1 — title". */
export function codeAndTitle(code: string, title: string): string {
    return formatLabel(LABEL_ELEMENT_TITLE, code, title);
}

/** Names the button that shows a description beside what it describes: "About 5.1 — title". */
export function aboutLabel(label: string): string {
    return formatLabel(LABEL_ABOUT, label);
}

/** "5.1 — title" once the element has a title; until then its kind and code ("Indicator 5.1"). */
function elementLabel(element: StandardElement): string {
    if (element.title) {
        return codeAndTitle(element.code, element.title);
    }
    const kind = ELEMENT_KIND_LABELS[element.kind];
    return kind ? formatLabel(kind, element.code) : element.code;
}

/** Either list may still be loading: what is not known yet shows as its code. */
export function taxonomyOf(
    stages: VerificationStage[] | undefined,
    frameworks: StandardFramework[] | undefined
): Taxonomy {
    const elements = (frameworks ?? []).flatMap((framework) => framework.elements);
    return {
        stages: new Map(
            (stages ?? []).map(
                (stage) =>
                    [
                        stage.code,
                        { label: stage.title, order: stage.sortOrder, description: stage.description ?? null }
                    ] as const
            )
        ),
        elements: new Map(
            elements.map(
                (element, index) =>
                    [
                        `${element.frameworkCode}:${element.code}`,
                        { label: elementLabel(element), order: index, description: element.description ?? null }
                    ] as const
            )
        )
    };
}

/** A language's name in the reader's language, or its code when the browser cannot name it. */
export function languageName(code: string | null | undefined): string {
    if (!code) {
        return '';
    }
    try {
        return new Intl.DisplayNames([pageLanguage()], { type: 'language', fallback: 'code' }).of(code) ?? code;
    } catch {
        return code;
    }
}

/** How a facet value reads in the reader's language. */
export function valueLabel(facet: FacetName, value: string, taxonomy: Taxonomy): string {
    switch (facet) {
        case 'stage':
            return taxonomy.stages.get(value)?.label ?? value;
        case 'commitment':
        case 'indicator':
            return taxonomy.elements.get(value)?.label ?? value;
        case 'country':
            return countryName(value);
        case 'language':
            return languageName(value);
        case 'type':
            return RESOURCE_TYPE_LABELS[value as ResourceType] ?? value;
        case 'organisationType':
            return labelIn(ORGANISATION_TYPE_LABELS, value);
        default:
            return value;
    }
}

/** The Alliance's description of a stage or element value, or null (other facets have none). */
export function valueDescription(facet: FacetName, value: string, taxonomy: Taxonomy): string | null {
    switch (facet) {
        case 'stage':
            return taxonomy.stages.get(value)?.description ?? null;
        case 'commitment':
        case 'indicator':
            return taxonomy.elements.get(value)?.description ?? null;
        default:
            return null;
    }
}

/** Sorts a facet's values as readers expect: stages and elements in the standard's order, newest year first, others by name. */
export function compareValues(
    facet: FacetName,
    taxonomy: Taxonomy
): (left: { value: string; label: string }, right: { value: string; label: string }) => number {
    const lookup = facet === 'stage' ? taxonomy.stages : taxonomy.elements;
    const orderOf = (value: string): number => lookup.get(value)?.order ?? Number.MAX_SAFE_INTEGER;
    if (facet === 'stage' || facet === 'commitment' || facet === 'indicator') {
        return (left, right) => orderOf(left.value) - orderOf(right.value) || left.label.localeCompare(right.label);
    }
    if (facet === 'year') {
        return (left, right) => Number(right.value) - Number(left.value);
    }
    return (left, right) => left.label.localeCompare(right.label, pageLanguage());
}

/** A tag chip; its description, when loaded, shows on hover or focus of the help button named `aboutLabel`. */
export interface TagView {
    key: string;
    label: string;
    description: string | null;
    aboutLabel: string;
}

/** One fact about a resource, named for screen readers: bare values (a year, a country) are ambiguous. */
export interface FactView {
    key: string;
    name: string;
    value: string;
}

/** The facts shown, in this order. */
const FACTS = ['type', 'stage', 'year', 'country', 'language'] as const;

/** What a card or a resource page says about a resource, in the reader's language. */
export interface ResourceDescription {
    id: string;
    title: string;
    /** Names the button that opens it: "Open <title>". */
    openLabel: string;
    excerpt: string | null;
    /** "By <organisation>", or '' when the organisation is not known. */
    attribution: string;
    type: string;
    stage: string;
    year: string;
    country: string;
    language: string;
    /** The facts above that are known. */
    facts: FactView[];
    tags: TagView[];
    hasTags: boolean;
    rating: string;
    downloads: string;
}

export function describeResource(card: ResourceCard, taxonomy: Taxonomy): ResourceDescription {
    const number = new Intl.NumberFormat(pageLanguage(), { maximumFractionDigits: 1 });
    const tags = card.tags.map((key) => {
        const label = taxonomy.elements.get(key)?.label ?? key;
        return {
            key,
            label,
            description: taxonomy.elements.get(key)?.description ?? null,
            aboutLabel: aboutLabel(label)
        };
    });
    const known = {
        type: valueLabel('type', card.resourceType, taxonomy),
        stage: card.stage ? valueLabel('stage', card.stage, taxonomy) : '',
        year: card.year === null ? '' : String(card.year),
        country: countryName(card.country),
        language: languageName(card.language)
    };
    return {
        id: card.id,
        title: card.title,
        openLabel: formatLabel(LABEL_OPEN, card.title),
        excerpt: card.excerpt,
        attribution: card.organisationName ? formatLabel(LABEL_BY, card.organisationName) : '',
        ...known,
        facts: FACTS.filter((key) => known[key]).map((key) => ({ key, name: FACET_LABELS[key], value: known[key] })),
        tags,
        hasTags: tags.length > 0,
        rating:
            card.averageRating === null
                ? LABEL_NOT_RATED
                : formatLabel(LABEL_RATING, number.format(card.averageRating), number.format(card.ratingCount)),
        downloads: formatLabel(LABEL_DOWNLOADS, number.format(card.downloadCount))
    };
}
