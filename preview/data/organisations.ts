import type { ExchangeErrorCode, WorkingLanguage } from '@dto/enumerations';
import type {
    OrganisationDirectoryFilter,
    OrganisationDirectoryPage,
    OrganisationCard,
    OrganisationDetail,
    OrganisationProfileDraft
} from '@dto/organisations';
import type { DirectoryFacets } from '@dto/shared';
import taxonomy from 'preview:taxonomy';
import { PreviewApexError, currentUser, requireAccess, standing } from './access';
import { listedGroupsOf } from './groups';
import { label } from './labels';
import { ORGANISATIONS, type DemoOrganisation } from './personas';
import { publishedBy } from './repository';

/**
 * The member organisation directory for the preview, following
 * OrganisationService: member organisations only, commitments derived from
 * published resources and listed groups, profiles kept in session storage.
 */
const PROFILES_KEY = 'chs-exchange-preview-profiles';
const MOST_COMMITMENTS = 6;
/** As OrganisationService.PAGE_SIZE and LAST_PAGE: organisations per page, and the last page 2000 of them fill. */
const PAGE_SIZE = 24;
const LAST_PAGE = Math.ceil(2000 / PAGE_SIZE);
/** As OrganisationService.PROFILE_LENGTH: characters of profile kept, counted after trimming. */
const LONGEST_PROFILE = 2000;
const TOP_LEVEL = new Set(
    taxonomy.frameworks.flatMap((framework) =>
        framework.elements
            .filter((element) => element.parentCode === null)
            .map((element) => `${element.frameworkCode}:${element.code}`)
    )
);

interface Profile {
    profile: string | null;
    languages: WorkingLanguage[];
}

const SEEDED_PROFILES: Record<string, Profile> = {
    '001000000000001AAA': {
        profile: 'Cash and livelihoods in the Sahel, with feedback desks at every distribution site.',
        languages: ['fr', 'en']
    },
    '001000000000002AAA': {
        profile: 'International NGO supporting partners on complaints handling and safeguarding.',
        languages: ['en', 'fr', 'ar']
    },
    '001000000000003AAA': {
        profile: 'Organización comunitaria en zonas rurales de Colombia.',
        languages: ['es']
    },
    '001000000000004AAA': { profile: null, languages: ['ar', 'en'] },
    '001000000000006AAA': { profile: 'The Alliance secretariat.', languages: ['en', 'fr', 'es', 'ar'] }
};

function profiles(): Record<string, Profile> {
    const stored = window.sessionStorage.getItem(PROFILES_KEY);
    return stored ? (JSON.parse(stored) as Record<string, Profile>) : SEEDED_PROFILES;
}

function fail(code: ExchangeErrorCode, labelName: string): never {
    throw new PreviewApexError(code, label(labelName));
}

function toCard(organisation: DemoOrganisation): OrganisationCard {
    const resources = publishedBy(organisation.id);
    const groups = listedGroupsOf(organisation.id);
    const counts = new Map<string, number>();
    for (const key of [
        ...resources.flatMap((resource) => resource.tags),
        ...groups.flatMap((group) => group.commitments)
    ]) {
        if (TOP_LEVEL.has(key)) {
            counts.set(key, (counts.get(key) ?? 0) + 1);
        }
    }
    return {
        id: organisation.id,
        name: organisation.name,
        organisationType: organisation.type,
        country: organisation.country,
        languages: profiles()[organisation.id]?.languages ?? [],
        commitments: [...counts]
            .sort(([leftKey, left], [rightKey, right]) => right - left || leftKey.localeCompare(rightKey))
            .map(([key]) => key),
        resourceCount: resources.length,
        groupCount: groups.length
    };
}

export function searchOrganisations(params: Record<string, unknown>): OrganisationDirectoryPage {
    requireAccess();
    const page = (params.pageNumber as number | null | undefined) ?? 1;
    if (!Number.isInteger(page) || page < 1 || page > LAST_PAGE) {
        fail('VALIDATION', 'Error_Invalid_Choice');
    }
    const filter = (params.filter ?? {}) as Partial<OrganisationDirectoryFilter>;
    const text = filter.text?.trim().toLowerCase() ?? '';
    const cards = ORGANISATIONS.filter(
        (organisation) =>
            organisation.status === 'Member' &&
            (!text || organisation.name.toLowerCase().includes(text)) &&
            (!filter.organisationType || organisation.type === filter.organisationType) &&
            (!filter.country || organisation.country === filter.country.toUpperCase())
    )
        .map(toCard)
        .filter(
            (card) =>
                (!filter.language || card.languages.includes(filter.language)) &&
                (!filter.commitment || card.commitments.includes(filter.commitment))
        )
        .map((card) => ({ ...card, commitments: card.commitments.slice(0, MOST_COMMITMENTS) }));
    cards.sort((left, right) => left.name.localeCompare(right.name));
    return {
        organisations: cards.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
        hasNextPage: cards.length > page * PAGE_SIZE,
        page,
        pageSize: PAGE_SIZE,
        total: cards.length
    };
}

type OrganisationFilter = 'organisationType' | 'country' | 'language' | 'commitment';

/**
 * As OrganisationService.getDirectoryFacets: among the member organisations the name finds,
 * each filter counts those every other filter lets through; a chosen value that finds
 * nobody stays at zero.
 */
export function organisationFacets(params: Record<string, unknown>): DirectoryFacets {
    requireAccess();
    const filter = (params.filter ?? {}) as Partial<OrganisationDirectoryFilter>;
    const text = filter.text?.trim().toLowerCase() ?? '';
    const chosen: Record<OrganisationFilter, string | null> = {
        organisationType: filter.organisationType || null,
        country: filter.country?.toUpperCase() || null,
        language: filter.language || null,
        commitment: filter.commitment || null
    };
    const names = Object.keys(chosen) as OrganisationFilter[];
    const counts = new Map<OrganisationFilter, Map<string, number>>(names.map((name) => [name, new Map()]));
    let total = 0;
    for (const organisation of ORGANISATIONS) {
        if (organisation.status !== 'Member' || (text && !organisation.name.toLowerCase().includes(text))) {
            continue;
        }
        const card = toCard(organisation);
        const values: Record<OrganisationFilter, (string | null)[]> = {
            organisationType: [card.organisationType],
            country: [card.country],
            language: card.languages,
            commitment: card.commitments
        };
        const refusing = names.filter((name) => chosen[name] && !values[name].includes(chosen[name]));
        total += refusing.length === 0 ? 1 : 0;
        for (const name of names) {
            if (refusing.length === 0 || (refusing.length === 1 && refusing[0] === name)) {
                for (const value of values[name]) {
                    if (value) {
                        counts.get(name)!.set(value, (counts.get(name)!.get(value) ?? 0) + 1);
                    }
                }
            }
        }
    }
    return {
        total,
        facets: names.map((name) => {
            const found = counts.get(name)!;
            const value = chosen[name];
            if (value && !found.has(value)) {
                found.set(value, 0);
            }
            return {
                name,
                values: [...found.keys()]
                    .sort()
                    .map((key) => ({ value: key, count: found.get(key) ?? 0, selected: key === value }))
            };
        })
    };
}

export function getOrganisation(params: Record<string, unknown>): OrganisationDetail {
    requireAccess();
    const organisation = ORGANISATIONS.find(
        (candidate) => candidate.id === params.organisationId && candidate.status === 'Member'
    );
    if (!organisation) {
        fail('NOT_FOUND', 'Error_Not_Found');
    }
    const card = toCard(organisation);
    return {
        card: { ...card, commitments: card.commitments.slice(0, MOST_COMMITMENTS) },
        profile: profiles()[organisation.id]?.profile ?? null,
        resources: publishedBy(organisation.id).map(({ id, title }) => ({ id, title })),
        groups: listedGroupsOf(organisation.id).map(({ id, title }) => ({ id, title })),
        profileLength: LONGEST_PROFILE,
        canEdit:
            standing() === 'MEMBER' &&
            currentUser().permissions.includes('Exchange_Manage_Colleagues') &&
            currentUser().organisationId === organisation.id,
        canStartConversation: standing() === 'MEMBER' && currentUser().organisationId !== organisation.id
    };
}

export function saveOrganisationProfile(params: Record<string, unknown>): void {
    requireAccess();
    const user = currentUser();
    if (!user.permissions.includes('Exchange_Manage_Colleagues') || params.organisationId !== user.organisationId) {
        fail('NOT_ALLOWED', 'Error_Not_Allowed');
    }
    const draft = params.draft as OrganisationProfileDraft;
    if ((draft.profile ?? '').trim().length > LONGEST_PROFILE) {
        fail('VALIDATION', 'Organisation_Error_Profile');
    }
    const all = profiles();
    all[user.organisationId] = {
        profile: draft.profile?.trim() || null,
        languages: [...new Set(draft.languages)].sort()
    };
    window.sessionStorage.setItem(PROFILES_KEY, JSON.stringify(all));
}
