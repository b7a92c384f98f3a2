import type { ElementKind } from '@dto/enumerations';
import type { OrganisationCard } from '@dto/organisations';
import type { StandardFramework } from '@dto/taxonomy';
import { WORKING_LANGUAGES, commitmentOptions, describeOrganisation, languageOptions } from 'c/organisationLabels';

jest.mock('@salesforce/label/c.Organisation_Counts', () => ({ default: 'Resources: {0} · Groups: {1}' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Group_Open', () => ({ default: 'Open {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Group_Commitment_Badge', () => ({ default: 'Commitment {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Repository_Element_Pillar', () => ({ default: 'Pillar {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Repository_Element_Title', () => ({ default: '{0} — {1}' }), { virtual: true });

function element(
    frameworkCode: string,
    code: string,
    kind: ElementKind,
    title: string | null
): StandardFramework['elements'][0] {
    return { frameworkCode, code, kind, title, parentCode: null, indicatorType: null, description: null, sortOrder: 0 };
}

const FRAMEWORKS: StandardFramework[] = [
    {
        code: 'CHS2014',
        name: 'Core Humanitarian Standard',
        description: null,
        elementKinds: ['Commitment', 'Indicator'],
        elements: [element('CHS2014', '4', 'Commitment', 'Communication'), element('CHS2014', '4.1', 'Indicator', null)]
    },
    {
        code: 'CPMS2019',
        name: 'Child Protection Minimum Standards',
        description: null,
        elementKinds: ['Pillar', 'Standard'],
        elements: [element('CPMS2019', 'P1', 'Pillar', 'Quality'), element('CPMS2019', '1', 'Standard', 'Coordination')]
    }
];

function card(extra: Partial<OrganisationCard> = {}): OrganisationCard {
    return {
        id: '001A',
        name: 'Relief Kenya',
        organisationType: 'National NGO',
        country: 'KE',
        languages: ['en', 'sw'],
        commitments: ['CHS2014:4', 'CPMS2019:P9'],
        resourceCount: 1200,
        groupCount: 2,
        ...extra
    };
}

describe('c/organisationLabels', () => {
    it('offers the seven working languages by name', () => {
        expect(WORKING_LANGUAGES).toEqual(['en', 'fr', 'es', 'ar', 'pt', 'ru', 'sw']);
        expect(languageOptions()).toContainEqual({ label: 'Swahili', value: 'sw' });
    });

    it('offers commitments and pillars only, named, in the standards order', () => {
        expect(commitmentOptions(FRAMEWORKS)).toEqual([
            { label: '4 — Communication', value: 'CHS2014:4' },
            { label: 'P1 — Quality', value: 'CPMS2019:P1' }
        ]);
        expect(commitmentOptions(undefined)).toEqual([]);
    });

    it('describes an organisation, naming what it knows and keeping unknown keys', () => {
        const description = describeOrganisation(card(), FRAMEWORKS);

        expect(description.openLabel).toBe('Open Relief Kenya');
        expect(description.facts).toEqual([
            { key: 'type', name: 'c.Repository_Facet_Organisation_Type', value: 'c.Org_Type_National_NGO' },
            { key: 'country', name: 'c.Group_Field_Country', value: 'Kenya' },
            { key: 'languages', name: 'c.Organisation_Languages', value: 'English, Swahili' }
        ]);
        expect(description.commitments).toEqual([
            { label: '4 — Communication', value: 'CHS2014:4' },
            { label: 'CPMS2019:P9', value: 'CPMS2019:P9' }
        ]);
        expect(description.hasCommitments).toBe(true);
        expect(description.counts).toBe('Resources: 1,200 · Groups: 2');
    });

    it('leaves out the facts it does not know', () => {
        const description = describeOrganisation(
            card({ organisationType: null, country: null, languages: [], commitments: [] }),
            undefined
        );

        expect(description.facts).toEqual([]);
        expect(description.hasCommitments).toBe(false);
    });
});
