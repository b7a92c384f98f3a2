import {
    KIND_OPTIONS,
    commitmentLabel,
    countedOptions,
    countryName,
    countryOptions,
    describeGroup,
    labelOf
} from 'c/groupLabels';
import type { GroupCard } from '@dto/groups';

jest.mock('@salesforce/label/c.Group_Commitment_Badge', () => ({ default: 'Commitment {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Repository_Facet_Value', () => ({ default: '{0} ({1})' }), { virtual: true });
jest.mock('@salesforce/label/c.Group_Members_Count', () => ({ default: '{0} members' }), { virtual: true });

const CARD: GroupCard = {
    id: 'a03000000000001AAA',
    title: 'Feedback that changes things',
    description: null,
    topic: null,
    kind: 'Community_Of_Practice',
    commitments: ['CHS2014:4', 'CHS2014:5'],
    standards: [],
    language: 'fr',
    scope: 'Regional',
    region: 'Africa',
    country: null,
    privacy: 'Restricted',
    listed: true,
    status: 'Active',
    memberCount: 7,
    lastActivityAt: null,
    createdAt: '2026-11-01T10:00:00.000Z',
    archivedAt: null,
    archivesOn: null,
    myStatus: null,
    myRole: null,
    myMembershipId: null
};

describe('c/groupLabels', () => {
    afterEach(() => {
        document.documentElement.lang = '';
    });

    it('names choices, and keeps an unknown value as it is', () => {
        expect(labelOf(KIND_OPTIONS, 'Peer_Group')).toBe('c.Group_Kind_Peer_Group');
        expect(labelOf(KIND_OPTIONS, 'Other')).toBe('Other');
        expect(labelOf(KIND_OPTIONS, null)).toBe('');
    });

    it('names countries in the page language, from the browser', () => {
        document.documentElement.lang = 'fr';
        expect(countryName('KE')).toBe('Kenya');
        expect(countryName('DE')).toBe('Allemagne');
        expect(countryName(null)).toBe('');
        const options = countryOptions();
        expect(options.length).toBeGreaterThan(190);
        expect(options.find((option) => option.value === 'JO')?.label).toBe('Jordanie');
        expect(options.some((option) => option.value === 'EU' || option.value === 'UN')).toBe(false);
        expect(options.filter((option) => option.label === 'Royaume-Uni').map((option) => option.value)).toEqual([
            'GB'
        ]);
    });

    it('describes a regional community of practice', () => {
        const description = describeGroup(CARD);

        expect(description.kind).toBe('c.Group_Kind_Community_Of_Practice');
        expect(description.kindClass).toBe('slds-theme_info');
        expect(description.privacy).toBe('c.Group_Privacy_Restricted');
        expect(description.privacyIcon).toBe('utility:lock');
        expect(description.language).toBe('c.Language_French');
        expect(description.place).toBe('c.Group_Scope_Regional · c.Region_Africa');
        expect(description.commitments).toEqual([
            { key: 'CHS2014:4', label: 'Commitment 4' },
            { key: 'CHS2014:5', label: 'Commitment 5' }
        ]);
        expect(description.memberCount).toBe('7 members');
        expect(commitmentLabel('CHS2014:9')).toBe('Commitment 9');
    });

    it('describes an open country peer group and a global one', () => {
        document.documentElement.lang = 'en';
        const country = describeGroup({
            ...CARD,
            kind: 'Peer_Group',
            privacy: 'Open',
            scope: 'Country',
            country: 'PH'
        });
        expect(country.kindClass).toBe('');
        expect(country.privacyIcon).toBe('utility:unlock');
        expect(country.place).toBe('c.Group_Scope_Country · Philippines');
        expect(describeGroup({ ...CARD, scope: 'Global' }).place).toBe('c.Group_Scope_Global');
    });

    it('names a direct conversation, which is never a kind to choose', () => {
        const conversation = describeGroup({ ...CARD, kind: 'Conversation', commitments: [] });

        expect(conversation.kind).toBe('c.Conversation_Kind');
        expect(conversation.isConversation).toBe(true);
        expect(describeGroup(CARD).isConversation).toBe(false);
        expect(KIND_OPTIONS.map((option) => option.value)).toEqual(['Peer_Group', 'Community_Of_Practice']);
    });

    it('offers only the counted values of a filter, in the list order, then those the list does not know', () => {
        const options = [
            { label: 'English', value: 'en' },
            { label: 'French', value: 'fr' },
            { label: 'Arabic', value: 'ar' }
        ];
        expect(countedOptions(options, undefined)).toBe(options);
        const counted = [
            { value: 'ar', count: 2, selected: false },
            { value: 'en', count: 0, selected: true },
            { value: 'sw', count: 1, selected: false }
        ];
        expect(countedOptions(options, counted)).toEqual([
            { label: 'English (0)', value: 'en' },
            { label: 'Arabic (2)', value: 'ar' },
            { label: 'sw (1)', value: 'sw' }
        ]);
        expect(countedOptions(options, counted, (value) => value.toUpperCase())[2]!.label).toBe('SW (1)');

        document.documentElement.lang = 'ar';
        expect(countedOptions(options, counted)[1]!.label).toBe('\u2068Arabic\u2069 (2)');
        document.documentElement.lang = '';
    });
});
