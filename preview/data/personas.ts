/**
 * Demo organisations and people. Realistic enough to exercise every persona;
 * none of it is real. Organisation types follow the taxonomy's list.
 */
export interface DemoOrganisation {
    id: string;
    name: string;
    type: string;
    country: string;
    member: boolean;
}

export interface DemoUser {
    id: string;
    name: string;
    organisationId: string;
    /** Custom permissions the user's permission sets grant in the org. */
    permissions: ('Exchange_Access' | 'Exchange_Moderate' | 'Exchange_Manage_Colleagues')[];
}

export const ORGANISATIONS: DemoOrganisation[] = [
    { id: '001000000000001AAA', name: 'Sahel Relief Network', type: 'National NGO', country: 'ML', member: true },
    { id: '001000000000002AAA', name: 'Mercy Bridge International', type: 'International NGO', country: 'GB', member: true },
    {
        id: '001000000000003AAA',
        name: 'Tierra Viva Comunidades',
        type: 'Local NGO / community-based organisation',
        country: 'CO',
        member: true
    },
    { id: '001000000000004AAA', name: 'Levant Protection Consortium', type: 'NGO network or consortium', country: 'JO', member: true },
    { id: '001000000000005AAA', name: 'Pacific Response Collective', type: 'National NGO', country: 'PH', member: false },
    { id: '001000000000006AAA', name: 'CHS Alliance Secretariat', type: 'Standards body', country: 'CH', member: true }
];

export const USERS: DemoUser[] = [
    { id: '005000000000001AAA', name: 'Aminata Traoré', organisationId: '001000000000001AAA', permissions: ['Exchange_Access'] },
    {
        id: '005000000000002AAA',
        name: 'Moussa Keïta',
        organisationId: '001000000000001AAA',
        permissions: ['Exchange_Access', 'Exchange_Manage_Colleagues']
    },
    { id: '005000000000003AAA', name: 'Hannah Okafor', organisationId: '001000000000002AAA', permissions: ['Exchange_Access'] },
    { id: '005000000000004AAA', name: 'Lucía Ramírez', organisationId: '001000000000003AAA', permissions: ['Exchange_Access'] },
    { id: '005000000000005AAA', name: 'Rami Haddad', organisationId: '001000000000004AAA', permissions: ['Exchange_Access'] },
    { id: '005000000000006AAA', name: 'Joseph Dela Cruz', organisationId: '001000000000005AAA', permissions: [] },
    {
        id: '005000000000007AAA',
        name: 'Claire Dubois',
        organisationId: '001000000000006AAA',
        permissions: ['Exchange_Access', 'Exchange_Moderate']
    }
];

export interface Persona {
    id: string;
    title: string;
    userId: string;
}

export const PERSONAS: Persona[] = [
    { id: 'member', title: 'Member (Sahel Relief Network)', userId: '005000000000001AAA' },
    { id: 'org-admin', title: 'Organisation admin (Sahel Relief Network)', userId: '005000000000002AAA' },
    { id: 'non-member', title: 'Non-member (Pacific Response Collective)', userId: '005000000000006AAA' },
    { id: 'moderator', title: 'Alliance moderator', userId: '005000000000007AAA' }
];

export function userOf(persona: Persona): DemoUser {
    return USERS.find((user) => user.id === persona.userId) ?? (USERS[0] as DemoUser);
}

export function organisationOf(user: DemoUser): DemoOrganisation {
    return ORGANISATIONS.find((organisation) => organisation.id === user.organisationId) ?? (ORGANISATIONS[0] as DemoOrganisation);
}
