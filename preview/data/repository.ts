import taxonomy from 'preview:taxonomy';
import type {
    ExchangeErrorCode,
    FacetName,
    ResourceSort,
    ResourceType,
    SubmissionSource,
    SubmissionStatus
} from '@dto/enumerations';
import type {
    RepositoryFacet,
    FacetSelection,
    MySubmission,
    ReviewQueueItem,
    ResourceCard,
    ResourceDetail,
    ResourceRequest,
    SubmissionReview,
    ResourceSearchRequest,
    ResourceSearchResult,
    SimilarItem,
    SubmissionRules
} from '@dto/repository';
import type { GapMap } from '@dto/insights';
import { PreviewApexError, currentUser, isModerator, requireAccess, requireModerator, standing } from './access';
import { mustAccept, requireAccepted } from './conduct';
import { ALLOWED_TYPES, MAX_SIZE_BYTES, ownUpload } from './files';
import { label } from './labels';
import { ORGANISATIONS, USERS, organisationOf } from './personas';

/**
 * The repository for the preview, kept in session storage: submissions from
 * members and the survey, the moderators' review, and published resources
 * found by text and facets. The facet counts follow RepositorySearchService:
 * each facet counts what matches every other facet.
 */
const SUBMISSIONS_KEY = 'chs-exchange-preview-submissions';
const RESOURCES_KEY = 'chs-exchange-preview-resources';
const PAGE_SIZE = 20;
/** What the submission's and resource's Title__c, Summary__c and Moderator_Message__c hold, as the services read them. */
const TITLE_LENGTH = 255;
const SUMMARY_LENGTH = 4000;
const MESSAGE_LENGTH = 4000;
/** As the deployed Default setting. */
const THIN_BELOW = 3;

interface StoredSubmission extends MySubmission {
    submitterId: string | null;
    organisationId: string;
    source: SubmissionSource;
    summary: string | null;
    resourceType: ResourceType;
    proposedStage: string | null;
    proposedTags: string[];
    language: string | null;
    year: number | null;
    documentId: string | null;
    reviewerId: string | null;
    version: number;
}

interface StoredResource extends ResourceCard {
    summary: string | null;
    status: 'Published' | 'Retired';
    organisationId: string;
    documentId: string | null;
    retiredAt: string | null;
    replacedById: string | null;
    ratings: Record<string, number>;
}

type DemoResource = [
    title: string,
    organisation: number,
    type: ResourceType,
    stage: string,
    tags: string[],
    language: string,
    year: number,
    summary: string
];

/** Realistic resources across commitments, stages, organisations, countries and languages. */
const DEMO_RESOURCES: DemoResource[] = [
    [
        'Community feedback desk: setting up and running one',
        1,
        'Guidance',
        'IMPROVEMENT_PLAN',
        ['CHS2014:4', 'CHS2014:4.1', 'CHS2014:5'],
        'fr',
        2024,
        'How a national NGO in Mali set up feedback desks at distribution sites, with roles, scripts and a monthly review.'
    ],
    [
        'Complaints handling procedure template',
        2,
        'Tool',
        'PREPARATION',
        ['CHS2014:5', 'CHS2014:5.1', 'CHS2014:5.2'],
        'en',
        2023,
        'An editable procedure covering receipt, acknowledgement, referral of sensitive complaints and closure.'
    ],
    [
        'Sondeo de percepción comunitaria en zonas rurales',
        3,
        'Good_Practice',
        'DATA_COLLECTION',
        ['CHS2014:1', 'CHS2014:1.1', 'CHS2014:4.1'],
        'es',
        2022,
        'Encuesta de percepción aplicada por promotoras comunitarias en veredas de difícil acceso.'
    ],
    [
        'Safeguarding focal point terms of reference',
        4,
        'Tool',
        'PREPARATION',
        ['CHS2014:8', 'CHS2014:8.1', 'CPMS2019:P1', 'CPMS2019:1'],
        'ar',
        2024,
        'Terms of reference for safeguarding focal points in a consortium, with a referral map template.'
    ],
    [
        'Self-assessment evidence checklist',
        6,
        'Guidance',
        'DATA_COLLECTION',
        ['CHS2014:7', 'CHS2014:7.1', 'CHS2014:9'],
        'en',
        2025,
        'What evidence to gather for each commitment before scoring, and where organisations usually find it.'
    ],
    [
        'Partner capacity review for local NGOs',
        2,
        'Tool',
        'SCORING_REPORTING',
        ['CHS2014:3', 'CHS2014:3.1', 'CHS2014:6', 'CHS2014:6.1'],
        'en',
        2021,
        'A light review of partner capacity that avoids duplicating donor due diligence.'
    ],
    [
        'Accountability to affected people in cash programmes',
        1,
        'Good_Practice',
        'PROGRESS_REVIEW',
        ['CHS2014:2', 'CHS2014:2.1', 'CHS2014:4'],
        'fr',
        2023,
        'Lessons from cash transfers in the Sahel: informing people, hearing them, adjusting the programme.'
    ],
    [
        'Plan de mejora tras la autoevaluación',
        3,
        'Good_Practice',
        'IMPROVEMENT_PLAN',
        ['CHS2014:9', 'CHS2014:9.1', 'CHS2014:7'],
        'es',
        2025,
        'Cómo una organización comunitaria convirtió los resultados de su autoevaluación en un plan de mejora.'
    ],
    [
        'Child-friendly feedback mechanisms',
        4,
        'Guidance',
        'VALIDATION',
        ['CHS2014:4', 'CHS2014:4.2', 'CPMS2019:P2', 'CPMS2019:13'],
        'ar',
        2022,
        'Designing feedback channels children can use safely, tested in camps in Jordan.'
    ],
    [
        'Staff code of conduct induction pack',
        2,
        'Tool',
        'PREPARATION',
        ['CHS2014:8', 'CHS2014:8.2'],
        'en',
        2024,
        'Slides, scenarios and a quiz for inducting new staff into the code of conduct.'
    ],
    [
        'Coordination with local authorities: a practical note',
        6,
        'Guidance',
        'RENEWAL',
        ['CHS2014:6', 'CHS2014:6.2'],
        'en',
        2020,
        'How organisations document coordination when they renew their verification.'
    ],
    [
        'Learning reviews after emergency responses',
        1,
        'Good_Practice',
        'PROGRESS_REVIEW',
        ['CHS2014:7', 'CHS2014:7.2'],
        'fr',
        2021,
        'A two-day learning review format used after floods, with the questions asked and what changed.'
    ],
    [
        'Resource management and anti-fraud controls',
        2,
        'Guidance',
        'SCORING_REPORTING',
        ['CHS2014:9', 'CHS2014:9.2'],
        'en',
        2023,
        'Controls proportionate to a small organisation, mapped to the ninth commitment.'
    ],
    [
        'Herramienta de análisis de riesgos comunitarios',
        3,
        'Tool',
        'DATA_COLLECTION',
        ['CHS2014:3', 'CHS2014:3.2'],
        'es',
        2024,
        'Matriz participativa para identificar riesgos y capacidades con la comunidad.'
    ],
    [
        'Information sharing with communities in Arabic',
        4,
        'Good_Practice',
        'VALIDATION',
        ['CHS2014:4', 'CHS2014:4.3'],
        'ar',
        2025,
        'Posters, voice messages and community meetings used to share entitlements and timelines.'
    ]
];

function at(daysAgo: number): string {
    return new Date(Date.UTC(2026, 10, 24) - daysAgo * 86_400_000).toISOString();
}

function organisationAt(index: number): (typeof ORGANISATIONS)[number] {
    return ORGANISATIONS[index - 1] as (typeof ORGANISATIONS)[number];
}

function seedResources(): StoredResource[] {
    return DEMO_RESOURCES.map(
        ([title, organisation, resourceType, stage, tags, language, year, summary], index): StoredResource => {
            const author = organisationAt(organisation);
            const ratings: Record<string, number> =
                index % 3 === 0 ? { '005000000000004AAA': 4, '005000000000005AAA': 5 } : {};
            return {
                id: `a0R${String(index + 1).padStart(12, '0')}AAA`,
                title,
                excerpt: summary,
                summary,
                resourceType,
                organisationName: author.name,
                organisationId: author.id,
                organisationType: author.type,
                country: author.country,
                language,
                year,
                stage,
                tags,
                publishedAt: at(index * 9 + 3),
                averageRating: null,
                ratingCount: 0,
                downloadCount: (index * 7) % 23,
                status: 'Published',
                documentId: `069${String(index + 1).padStart(12, '0')}AAA`,
                retiredAt: null,
                replacedById: null,
                ratings
            };
        }
    ).map(withRatingSummary);
}

function seedSubmissions(): StoredSubmission[] {
    const base = {
        summary: null,
        proposedStage: null,
        language: 'en',
        year: null,
        documentId: null,
        reviewerId: null,
        version: 1
    };
    return [
        {
            ...base,
            id: 'a0B000000000001AAA',
            name: 'SUB-000001',
            title: 'Complaints desk checklist',
            status: 'Changes_Requested',
            moderatorMessage: 'Please add the year the checklist was last revised.',
            submittedAt: '2026-11-12T09:00:00.000Z',
            submitterId: '005000000000001AAA',
            organisationId: '001000000000001AAA',
            source: 'Direct_Upload',
            resourceType: 'Tool',
            proposedTags: ['CHS2014:5']
        },
        {
            ...base,
            id: 'a0B000000000002AAA',
            name: 'SUB-000002',
            title: 'Community radio feedback script',
            status: 'Published',
            moderatorMessage: null,
            submittedAt: '2026-10-02T09:00:00.000Z',
            submitterId: '005000000000001AAA',
            organisationId: '001000000000001AAA',
            source: 'Direct_Upload',
            resourceType: 'Good_Practice',
            proposedTags: ['CHS2014:4']
        },
        {
            ...base,
            id: 'a0B000000000003AAA',
            name: 'SUB-000003',
            title: 'Referral pathway for protection concerns',
            status: 'Submitted',
            moderatorMessage: null,
            submittedAt: '2026-11-18T09:00:00.000Z',
            submitterId: null,
            organisationId: '001000000000004AAA',
            source: 'Self_Assessment',
            resourceType: 'Tool',
            proposedStage: 'DATA_COLLECTION',
            proposedTags: ['CHS2014:3', 'CHS2014:3.6'],
            language: 'ar',
            year: 2024
        }
    ];
}

function read<T>(key: string, seed: () => T[]): T[] {
    const stored = window.sessionStorage.getItem(key);
    return stored ? (JSON.parse(stored) as T[]) : seed();
}

function write<T>(key: string, rows: T[]): void {
    window.sessionStorage.setItem(key, JSON.stringify(rows));
}

const submissions = (): StoredSubmission[] => read(SUBMISSIONS_KEY, seedSubmissions);
const resources = (): StoredResource[] => read(RESOURCES_KEY, seedResources);

/** An organisation's published resources, newest first, with their tags. */
export function publishedBy(organisationId: string): { id: string; title: string; tags: string[] }[] {
    return resources()
        .filter((resource) => resource.status === 'Published' && resource.organisationId === organisationId)
        .sort((left, right) => right.publishedAt.localeCompare(left.publishedAt))
        .map(({ id, title, tags }) => ({ id, title, tags }));
}

function withRatingSummary(resource: StoredResource): StoredResource {
    const stars = Object.values(resource.ratings);
    return {
        ...resource,
        ratingCount: stars.length,
        averageRating: stars.length
            ? Math.round((stars.reduce((sum, value) => sum + value, 0) / stars.length) * 100) / 100
            : null
    };
}

function fail(code: ExchangeErrorCode, labelName: string): never {
    throw new PreviewApexError(code, label(labelName));
}

function requireMember(): void {
    requireAccess();
    if (standing() !== 'MEMBER') {
        fail('NOT_ALLOWED', 'Error_Not_Allowed');
    }
}

// Members' own submissions

export function getMySubmissions(): MySubmission[] {
    requireMember();
    return submissions()
        .filter((submission) => submission.submitterId === currentUser().id)
        .sort((left, right) => right.submittedAt.localeCompare(left.submittedAt))
        .map(({ id, name, title, status, moderatorMessage, submittedAt }) => ({
            id,
            name,
            title,
            status,
            moderatorMessage,
            submittedAt
        }));
}

function ownSubmission(submissionId: unknown): StoredSubmission[] {
    const all = submissions();
    if (!all.some((candidate) => candidate.id === submissionId && candidate.submitterId === currentUser().id)) {
        fail('NOT_FOUND', 'Error_Not_Found');
    }
    return all;
}

export function withdrawSubmission(params: Record<string, unknown>): void {
    requireMember();
    const all = ownSubmission(params.submissionId);
    const submission = all.find((candidate) => candidate.id === params.submissionId) as StoredSubmission;
    if (submission.status !== 'Submitted' && submission.status !== 'Changes_Requested') {
        fail('VALIDATION', 'Review_Error_Decided');
    }
    submission.status = 'Withdrawn';
    write(SUBMISSIONS_KEY, all);
}

export function getSubmissionRules(): SubmissionRules {
    requireMember();
    return {
        allowedTypes: [...ALLOWED_TYPES],
        maxSizeBytes: MAX_SIZE_BYTES,
        mustAcceptConduct: mustAccept(),
        titleLength: TITLE_LENGTH,
        summaryLength: SUMMARY_LENGTH
    };
}

export function findSimilar(params: Record<string, unknown>): SimilarItem[] {
    requireMember();
    const words = String(params.title ?? '')
        .trim()
        .toLowerCase();
    const like = (title: string | null): boolean => words !== '' && (title ?? '').toLowerCase().includes(words);
    return [
        ...resources()
            .filter((resource) => resource.status === 'Published' && like(resource.title))
            .map((resource) => ({
                id: resource.id,
                title: resource.title,
                organisationName: resource.organisationName,
                isPublished: true
            })),
        ...submissions()
            .filter(
                (submission) =>
                    ['Submitted', 'In_Review', 'Changes_Requested'].includes(submission.status) &&
                    like(submission.title)
            )
            .map((submission) => ({
                id: submission.id,
                title: submission.title,
                organisationName: organisationAtId(submission.organisationId),
                isPublished: false
            }))
    ];
}

function organisationAtId(organisationId: string): string | null {
    return ORGANISATIONS.find((organisation) => organisation.id === organisationId)?.name ?? null;
}

function checked(request: ResourceRequest | undefined): ResourceRequest {
    if (!request?.title?.trim()) {
        fail('VALIDATION', 'Intake_Error_Title');
    }
    if (request.documentId) {
        const upload = ownUpload(request.documentId);
        if (!upload) {
            fail('NOT_FOUND', 'Intake_Error_File');
        }
        if (!ALLOWED_TYPES.includes(upload.extension)) {
            throw new PreviewApexError('VALIDATION', label('Files_Error_Type').replace('{0}', upload.title));
        }
        // As UploadRules does in the org: the upload itself does not report the size to the form.
        if (upload.sizeBytes > MAX_SIZE_BYTES) {
            throw new PreviewApexError('VALIDATION', label('Files_Error_Size').replace('{0}', upload.title));
        }
    }
    return request;
}

export function submitResource(params: Record<string, unknown>): string {
    requireMember();
    requireAccepted();
    const request = checked(params.request as ResourceRequest);
    const all = submissions();
    const number = all.length + 1;
    const id = `a0B${String(Date.now() % 1_000_000_000).padStart(12, '0')}AAA`;
    all.push({
        id,
        name: `SUB-${String(number).padStart(6, '0')}`,
        title: request.title.trim(),
        status: 'Submitted',
        moderatorMessage: null,
        submittedAt: new Date().toISOString(),
        submitterId: currentUser().id,
        organisationId: currentUser().organisationId,
        source: 'Direct_Upload',
        summary: request.summary,
        resourceType: request.resourceType,
        proposedStage: request.proposedStage,
        proposedTags: request.proposedTags ?? [],
        language: request.language,
        year: request.year,
        documentId: request.documentId,
        reviewerId: null,
        version: 1
    });
    write(SUBMISSIONS_KEY, all);
    return id;
}

export function getSubmissionDraft(params: Record<string, unknown>): ResourceRequest {
    requireMember();
    const submission = ownSubmission(params.submissionId).find(
        (candidate) => candidate.id === params.submissionId
    ) as StoredSubmission;
    return {
        externalReference: null,
        organisationId: null,
        submittedById: null,
        title: submission.title ?? '',
        summary: submission.summary,
        resourceType: submission.resourceType,
        proposedStage: submission.proposedStage,
        proposedTags: submission.proposedTags,
        language: submission.language,
        year: submission.year,
        documentId: submission.documentId
    };
}

export function resubmitResource(params: Record<string, unknown>): void {
    requireMember();
    const all = ownSubmission(params.submissionId);
    const submission = all.find((candidate) => candidate.id === params.submissionId) as StoredSubmission;
    if (submission.status !== 'Changes_Requested') {
        fail('VALIDATION', 'Review_Error_Decided');
    }
    const request = checked(params.request as ResourceRequest);
    Object.assign(submission, {
        title: request.title.trim(),
        summary: request.summary,
        resourceType: request.resourceType,
        proposedStage: request.proposedStage,
        proposedTags: request.proposedTags ?? [],
        language: request.language,
        year: request.year,
        documentId: request.documentId,
        status: 'Submitted' as SubmissionStatus,
        moderatorMessage: null,
        version: submission.version + 1
    });
    write(SUBMISSIONS_KEY, all);
}

// The moderators' review

export function getReviewQueue(): ReviewQueueItem[] {
    requireModerator();
    return submissions()
        .filter((submission) => submission.status === 'Submitted' || submission.status === 'In_Review')
        .sort((left, right) => left.submittedAt.localeCompare(right.submittedAt))
        .map((submission) => ({
            id: submission.id,
            name: submission.name,
            title: submission.title,
            organisationName: organisationAtId(submission.organisationId),
            source: submission.source,
            status: submission.status,
            submittedAt: submission.submittedAt,
            reviewerName: USERS.find((user) => user.id === submission.reviewerId)?.name ?? null
        }));
}

function waiting(all: StoredSubmission[], submissionId: unknown): StoredSubmission {
    const submission = all.find((candidate) => candidate.id === submissionId);
    if (!submission) {
        fail('NOT_FOUND', 'Error_Not_Found');
    }
    if (submission.status !== 'Submitted' && submission.status !== 'In_Review') {
        fail('VALIDATION', 'Review_Error_Decided');
    }
    return submission;
}

export function openForReview(params: Record<string, unknown>): SubmissionReview {
    requireModerator();
    const all = submissions();
    const submission = waiting(all, params.submissionId);
    submission.status = 'In_Review';
    submission.reviewerId = currentUser().id;
    submission.version += 1;
    write(SUBMISSIONS_KEY, all);
    const organisation = ORGANISATIONS.find((candidate) => candidate.id === submission.organisationId);
    return {
        submissionId: submission.id,
        version: String(submission.version),
        decision: null,
        message: null,
        title: submission.title,
        summary: submission.summary,
        resourceType: submission.resourceType,
        stage: submission.proposedStage,
        tags: submission.proposedTags,
        organisationType: organisation?.type ?? null,
        country: organisation?.country ?? null,
        language: submission.language,
        year: submission.year,
        documentId: submission.documentId,
        organisationName: organisation?.name ?? null,
        source: submission.source,
        similar: findSimilarFor(submission),
        replacesResourceId: null,
        titleLength: TITLE_LENGTH,
        summaryLength: SUMMARY_LENGTH,
        messageLength: MESSAGE_LENGTH
    };
}

function findSimilarFor(submission: StoredSubmission): SimilarItem[] {
    const words = (submission.title ?? '').toLowerCase();
    return resources()
        .filter((resource) => resource.status === 'Published' && words && resource.title.toLowerCase().includes(words))
        .map((resource) => ({
            id: resource.id,
            title: resource.title,
            organisationName: resource.organisationName,
            isPublished: true
        }));
}

export function decideSubmission(params: Record<string, unknown>): string | null {
    requireModerator();
    const review = params.review as SubmissionReview;
    const all = submissions();
    const submission = waiting(all, review?.submissionId);
    if (review.version !== String(submission.version)) {
        fail('CONFLICT', 'Review_Error_Conflict');
    }
    let resourceId: string | null = null;
    if (review.decision === 'Publish') {
        resourceId = publish(submission, review);
        submission.status = 'Published';
        submission.moderatorMessage = null;
    } else if (review.decision === 'Request_Changes' || review.decision === 'Reject') {
        if (!review.message?.trim()) {
            fail('VALIDATION', 'Review_Error_Message');
        }
        submission.status = review.decision === 'Reject' ? 'Rejected' : 'Changes_Requested';
        submission.moderatorMessage = review.message.trim();
    } else {
        fail('VALIDATION', 'Error_Invalid_Choice');
    }
    submission.version += 1;
    write(SUBMISSIONS_KEY, all);
    return resourceId;
}

function publish(submission: StoredSubmission, review: SubmissionReview): string {
    if (!review.title?.trim()) {
        fail('VALIDATION', 'Intake_Error_Title');
    }
    if (!review.tags?.length) {
        fail('VALIDATION', 'Intake_Error_Tags');
    }
    if (!review.stage) {
        fail('VALIDATION', 'Intake_Error_Stage');
    }
    const all = resources();
    const id = `a0R${String(Date.now() % 1_000_000_000).padStart(12, '0')}AAA`;
    const organisation = ORGANISATIONS.find((candidate) => candidate.id === submission.organisationId);
    all.unshift({
        id,
        title: review.title.trim(),
        excerpt: review.summary,
        summary: review.summary,
        resourceType: review.resourceType ?? 'Good_Practice',
        organisationName: organisation?.name ?? null,
        organisationId: submission.organisationId,
        organisationType: review.organisationType,
        country: review.country?.toUpperCase() ?? null,
        language: review.language,
        year: review.year,
        stage: review.stage,
        tags: [...new Set(review.tags)],
        publishedAt: new Date().toISOString(),
        averageRating: null,
        ratingCount: 0,
        downloadCount: 0,
        status: 'Published',
        documentId: submission.documentId,
        retiredAt: null,
        replacedById: null,
        ratings: {}
    });
    const replaced = all.find(
        (resource) => resource.id === review.replacesResourceId && resource.status === 'Published'
    );
    if (replaced) {
        Object.assign(replaced, { status: 'Retired', retiredAt: new Date().toISOString(), replacedById: id });
    }
    write(RESOURCES_KEY, all);
    return id;
}

export function retireResource(params: Record<string, unknown>): void {
    requireModerator();
    const all = resources();
    const resource = all.find((candidate) => candidate.id === params.resourceId);
    if (!resource) {
        fail('NOT_FOUND', 'Error_Not_Found');
    }
    if (resource.status !== 'Published') {
        fail('VALIDATION', 'Resource_Error_Retired');
    }
    Object.assign(resource, { status: 'Retired', retiredAt: new Date().toISOString() });
    write(RESOURCES_KEY, all);
}

// Browse and the resource page

const FIELD_FACETS: Record<Exclude<FacetName, 'commitment' | 'indicator'>, (card: ResourceCard) => string | null> = {
    stage: (card) => card.stage,
    type: (card) => card.resourceType,
    organisationType: (card) => card.organisationType,
    country: (card) => card.country,
    language: (card) => card.language,
    year: (card) => (card.year === null ? null : String(card.year))
};

/** Element kinds by key (framework:code), as RepositoryTaxonomy.kindByKey. */
const KIND_BY_KEY = new Map<string, string>(
    taxonomy.frameworks.flatMap((framework) =>
        framework.elements.map((element) => [`${element.frameworkCode}:${element.code}`, element.kind] as const)
    )
);

/** Tag facets by the kinds each covers, as RepositorySearchService.KINDS_BY_FACET. */
const TAG_FACETS: Record<'commitment' | 'indicator', (key: string) => boolean> = {
    commitment: (key) => ['Commitment', 'Pillar'].includes(KIND_BY_KEY.get(key) ?? ''),
    indicator: (key) => ['Indicator', 'Standard'].includes(KIND_BY_KEY.get(key) ?? '')
};

function valuesOf(facet: FacetName, card: ResourceCard): string[] {
    if (facet === 'commitment' || facet === 'indicator') {
        return card.tags.filter(TAG_FACETS[facet]);
    }
    const value = FIELD_FACETS[facet](card);
    return value === null ? [] : [value];
}

function matches(
    card: StoredResource,
    chosen: Map<FacetName, Set<string>>,
    text: string,
    leftOut?: FacetName
): boolean {
    if (text && !`${card.title} ${card.summary ?? ''}`.toLowerCase().includes(text)) {
        return false;
    }
    return [...chosen].every(
        ([facet, values]) => facet === leftOut || valuesOf(facet, card).some((value) => values.has(value))
    );
}

const ORDER: Record<ResourceSort, (left: ResourceCard, right: ResourceCard) => number> = {
    newest: (left, right) => right.publishedAt.localeCompare(left.publishedAt),
    title: (left, right) => left.title.localeCompare(right.title),
    rating: (left, right) => (right.averageRating ?? 0) - (left.averageRating ?? 0),
    downloads: (left, right) => right.downloadCount - left.downloadCount
};

const CARD_FIELDS: (keyof ResourceCard)[] = [
    'id',
    'title',
    'excerpt',
    'resourceType',
    'organisationName',
    'organisationType',
    'country',
    'language',
    'year',
    'stage',
    'tags',
    'publishedAt',
    'averageRating',
    'ratingCount',
    'downloadCount'
];

/** Only what the Apex ResourceCard carries, so the components never rely on more. */
function toCard(resource: StoredResource): ResourceCard {
    return Object.fromEntries(CARD_FIELDS.map((field) => [field, resource[field]])) as unknown as ResourceCard;
}

function chosenValues(selections: FacetSelection[] | undefined): Map<FacetName, Set<string>> {
    return new Map(
        (selections ?? [])
            .filter((selection) => selection.values.length > 0)
            .map((selection) => [selection.facet, new Set(selection.values)])
    );
}

/** As InsightsService.getGapMap: published resources per element key under the filters. */
export function getGapMap(params: Record<string, unknown>): GapMap {
    requireAccess();
    const chosen = chosenValues(params.filters as FacetSelection[] | undefined);
    if (chosen.has('commitment') || chosen.has('indicator')) {
        fail('VALIDATION', 'Error_Invalid_Choice');
    }
    const found = resources().filter((resource) => resource.status === 'Published' && matches(resource, chosen, ''));
    const counts = new Map<string, number>();
    for (const key of found.flatMap((resource) => resource.tags)) {
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return {
        counts: [...counts].map(([key, count]) => ({ key, count })),
        totalResources: found.length,
        thinBelow: THIN_BELOW
    };
}

export function searchResources(params: Record<string, unknown>): ResourceSearchResult {
    requireAccess();
    const request = (params.request ?? {}) as Partial<ResourceSearchRequest>;
    const text = (request.text ?? '').trim().toLowerCase();
    if (text.length === 1) {
        fail('VALIDATION', 'Search_Error_Too_Short');
    }
    const chosen = chosenValues(request.selections);
    const published = resources().filter((resource) => resource.status === 'Published');
    const found = published
        .filter((resource) => matches(resource, chosen, text))
        .sort(ORDER[request.sortBy ?? 'newest']);
    const pageNumber = Math.max(request.pageNumber ?? 1, 1);
    const names: FacetName[] = [
        'stage',
        'type',
        'organisationType',
        'country',
        'language',
        'year',
        'commitment',
        'indicator'
    ];
    const facets: RepositoryFacet[] = names.map((name) => {
        const counts = new Map<string, number>();
        for (const resource of published.filter((candidate) => matches(candidate, chosen, text, name))) {
            for (const value of valuesOf(name, resource)) {
                counts.set(value, (counts.get(value) ?? 0) + 1);
            }
        }
        for (const value of chosen.get(name) ?? []) {
            counts.set(value, counts.get(value) ?? 0);
        }
        return {
            name,
            values: [...counts].map(([value, count]) => ({
                value,
                count,
                selected: chosen.get(name)?.has(value) ?? false
            }))
        };
    });
    return {
        resources: found.slice((pageNumber - 1) * PAGE_SIZE, pageNumber * PAGE_SIZE).map(toCard),
        total: found.length,
        pageNumber,
        pageSize: PAGE_SIZE,
        facets
    };
}

function resourceOrFail(all: StoredResource[], resourceId: unknown): StoredResource {
    const resource = all.find((candidate) => candidate.id === resourceId);
    if (!resource) {
        fail('NOT_FOUND', 'Error_Not_Found');
    }
    return resource;
}

export function getResource(params: Record<string, unknown>): ResourceDetail {
    requireAccess();
    const all = resources();
    const resource = resourceOrFail(all, params.resourceId);
    const published = resource.status === 'Published';
    const replacement = all.find((candidate) => candidate.id === resource.replacedById);
    return {
        card: toCard(resource),
        summary: resource.summary,
        status: resource.status,
        retiredAt: resource.retiredAt,
        replacedById: resource.replacedById,
        replacedByTitle: replacement?.title ?? null,
        hasFile: published && resource.documentId !== null,
        myRating: resource.ratings[currentUser().id] ?? null,
        canRate: published && standing() === 'MEMBER' && resource.organisationId !== organisationOf(currentUser()).id,
        canRetire: published && isModerator()
    };
}

export function openResourceFile(params: Record<string, unknown>): string {
    requireAccess();
    const all = resources();
    const resource = resourceOrFail(all, params.resourceId);
    if (resource.status !== 'Published' || !resource.documentId) {
        fail('NOT_FOUND', 'Error_Not_Found');
    }
    resource.downloadCount += 1;
    write(RESOURCES_KEY, all);
    return resource.documentId;
}

export function rateResource(params: Record<string, unknown>): void {
    requireMember();
    const stars = Number(params.stars);
    if (!Number.isInteger(stars) || stars < 1 || stars > 5) {
        fail('VALIDATION', 'Rating_Error_Stars');
    }
    const all = resources();
    const resource = resourceOrFail(all, params.resourceId);
    if (resource.status !== 'Published') {
        fail('VALIDATION', 'Resource_Error_Retired');
    }
    if (resource.organisationId === organisationOf(currentUser()).id) {
        fail('VALIDATION', 'Rating_Error_Own');
    }
    resource.ratings[currentUser().id] = stars;
    Object.assign(resource, withRatingSummary(resource));
    write(RESOURCES_KEY, all);
}
