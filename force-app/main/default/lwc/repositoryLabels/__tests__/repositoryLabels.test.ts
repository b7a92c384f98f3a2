import {
    ORGANISATION_TYPE_LABELS,
    compareValues,
    describeResource,
    languageName,
    taxonomyOf,
    valueDescription,
    valueLabel
} from 'c/repositoryLabels';
import type { ElementKind } from '@dto/enumerations';
import type { ResourceCard } from '@dto/repository';

jest.mock('@salesforce/label/c.Group_Commitment_Badge', () => ({ default: 'Commitment {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Repository_Element_Indicator', () => ({ default: 'Indicator {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Repository_Element_Title', () => ({ default: '{0} — {1}' }), { virtual: true });
jest.mock('@salesforce/label/c.Taxonomy_About', () => ({ default: 'About {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Repository_Rating', () => ({ default: '{0} of 5 ({1})' }), { virtual: true });
jest.mock('@salesforce/label/c.Repository_Downloads', () => ({ default: '{0} downloads' }), { virtual: true });
jest.mock('@salesforce/label/c.Repository_By', () => ({ default: 'By {0}' }), { virtual: true });

const taxonomy = taxonomyOf(
    [{ code: 'S2', title: 'Certification', description: null, sortOrder: 2 }],
    [
        {
            code: 'CHS2014',
            name: 'CHS',
            description: null,
            elementKinds: ['Commitment', 'Indicator'],
            elements: [
                {
                    code: '3',
                    frameworkCode: 'CHS2014',
                    kind: 'Commitment',
                    parentCode: null,
                    title: 'Local capacities',
                    indicatorType: null,
                    description: null,
                    sortOrder: 1
                },
                {
                    code: '3.4',
                    frameworkCode: 'CHS2014',
                    kind: 'Indicator',
                    parentCode: '3',
                    title: null,
                    indicatorType: 'Key action',
                    description: null,
                    sortOrder: 2
                },
                {
                    code: 'X',
                    frameworkCode: 'CHS2014',
                    // A kind this build does not know yet, e.g. from metadata deployed after it.
                    kind: 'Annex' as ElementKind,
                    parentCode: null,
                    title: null,
                    indicatorType: null,
                    description: null,
                    sortOrder: 3
                }
            ]
        }
    ]
);

const card: ResourceCard = {
    id: 'r1',
    title: 'Toolkit',
    excerpt: null,
    resourceType: 'Guidance',
    organisationName: null,
    organisationType: null,
    country: null,
    language: null,
    year: null,
    stage: null,
    tags: ['CHS2014:3.4', 'CPMS2019:9'],
    publishedAt: '2026-11-01T10:00:00.000Z',
    averageRating: 4.25,
    ratingCount: 8,
    downloadCount: 1200
};

describe('c/repositoryLabels', () => {
    it('names facet values in the reader language, and keeps what it does not know', () => {
        expect(valueLabel('stage', 'S2', taxonomy)).toBe('Certification');
        expect(valueLabel('stage', 'S9', taxonomy)).toBe('S9');
        expect(valueLabel('commitment', 'CHS2014:3', taxonomy)).toBe('3 — Local capacities');
        expect(valueLabel('indicator', 'CHS2014:3.4', taxonomy)).toBe('Indicator 3.4');
        expect(valueLabel('commitment', 'CHS2014:X', taxonomy)).toBe('X');
        expect(valueLabel('indicator', 'CPMS2019:1.2', taxonomy)).toBe('CPMS2019:1.2');
        expect(valueLabel('country', 'KE', taxonomy)).toBe('Kenya');
        expect(valueLabel('language', 'fr', taxonomy)).toBe('French');
        expect(valueLabel('type', 'Good_Practice', taxonomy)).toBe('c.Repository_Type_Good_Practice');
        expect(valueLabel('type', 'Other', taxonomy)).toBe('Other');
        expect(valueLabel('organisationType', 'NGO', taxonomy)).toBe('NGO');
        expect(valueLabel('organisationType', 'UN agency', taxonomy)).toBe('c.Org_Type_UN_Agency');
        expect(valueLabel('year', '2024', taxonomy)).toBe('2024');
    });

    it("gives the Alliance's descriptions of stages and elements, and none for other facets", () => {
        const described = taxonomyOf(
            [{ code: 'S2', title: 'Example title FR S2', description: 'Example description FR S2', sortOrder: 2 }],
            [
                {
                    code: 'CHS2014',
                    name: 'CHS',
                    description: null,
                    elementKinds: ['Indicator'],
                    elements: [
                        {
                            code: '5.1',
                            frameworkCode: 'CHS2014',
                            kind: 'Indicator',
                            parentCode: null,
                            title: 'Example title FR 5.1',
                            indicatorType: 'Key action',
                            description: 'Example description FR 5.1',
                            sortOrder: 1
                        }
                    ]
                }
            ]
        );

        expect(valueLabel('indicator', 'CHS2014:5.1', described)).toBe('5.1 — Example title FR 5.1');
        expect(valueDescription('indicator', 'CHS2014:5.1', described)).toBe('Example description FR 5.1');
        expect(valueDescription('stage', 'S2', described)).toBe('Example description FR S2');
        expect(valueDescription('commitment', 'CHS2014:9', described)).toBeNull();
        expect(valueDescription('stage', 'S9', described)).toBeNull();
        expect(valueDescription('country', 'KE', described)).toBeNull();
        expect(valueDescription('stage', 'S2', taxonomy)).toBeNull();
        expect(describeResource({ ...card, tags: ['CHS2014:5.1', 'CHS2014:9'] }, described).tags).toEqual([
            {
                key: 'CHS2014:5.1',
                label: '5.1 — Example title FR 5.1',
                description: 'Example description FR 5.1',
                aboutLabel: 'About 5.1 — Example title FR 5.1'
            },
            { key: 'CHS2014:9', label: 'CHS2014:9', description: null, aboutLabel: 'About CHS2014:9' }
        ]);
    });

    it('translates every organisation type of the taxonomy list, keyed by its stored English name', () => {
        expect(Object.keys(ORGANISATION_TYPE_LABELS)).toEqual([
            'International NGO',
            'National NGO',
            'Local NGO / community-based organisation',
            'NGO network or consortium',
            'UN agency',
            'Red Cross / Red Crescent',
            'Government / public body',
            'Donor',
            'Academic / research institute',
            'Standards body',
            'Other'
        ]);
        expect(ORGANISATION_TYPE_LABELS['Red Cross / Red Crescent']).toBe('c.Org_Type_Red_Cross_Red_Crescent');
    });

    it('names languages, or gives their code back', () => {
        expect(languageName(null)).toBe('');
        expect(languageName('es')).toBe('Spanish');
        expect(languageName('1')).toBe('1');
    });

    it('orders stages and elements as the standard does, years newest first, others by name', () => {
        const sorted = (facet: Parameters<typeof compareValues>[0], values: string[]): string[] =>
            values
                .map((value) => ({ value, label: valueLabel(facet, value, taxonomy) }))
                .sort(compareValues(facet, taxonomy))
                .map((value) => value.value);

        expect(sorted('indicator', ['CPMS2019:2', 'CPMS2019:1', 'CHS2014:3.4', 'CHS2014:3'])).toEqual([
            'CHS2014:3',
            'CHS2014:3.4',
            'CPMS2019:1',
            'CPMS2019:2'
        ]);
        expect(sorted('stage', ['S9', 'S2'])).toEqual(['S2', 'S9']);
        expect(sorted('year', ['2019', '2025', '2021'])).toEqual(['2025', '2021', '2019']);
        expect(sorted('country', ['KE', 'BD'])).toEqual(['BD', 'KE']);
    });

    it('describes a resource, leaving out what is not known', () => {
        expect(describeResource(card, taxonomy)).toMatchObject({
            attribution: '',
            type: 'c.Repository_Type_Guidance',
            stage: '',
            year: '',
            facts: [{ key: 'type', name: 'c.Repository_Facet_Type', value: 'c.Repository_Type_Guidance' }],
            tags: [
                { key: 'CHS2014:3.4', label: 'Indicator 3.4' },
                { key: 'CPMS2019:9', label: 'CPMS2019:9' }
            ],
            hasTags: true,
            rating: '4.3 of 5 (8)',
            downloads: '1,200 downloads'
        });
        expect(
            describeResource(
                { ...card, organisationName: 'Relief Org', stage: 'S2', year: 2024, averageRating: null, tags: [] },
                taxonomyOf(undefined, undefined)
            )
        ).toMatchObject({
            attribution: 'By Relief Org',
            stage: 'S2',
            year: '2024',
            rating: 'c.Repository_Not_Rated',
            hasTags: false
        });
    });
});
