/**
 * Demo organisations and people. Realistic enough to exercise every persona;
 * none of it is real. Organisation types follow the taxonomy's list.
 */
export interface DemoOrganisation {
    id: string;
    name: string;
    type: string;
    country: string;
    /** Exchange_Membership_Status__c; only Member lets the organisation's staff in. */
    status: 'Member' | 'Suspended' | 'Non_Member';
}

export type DemoPermission =
    | 'Exchange_Access'
    | 'Exchange_Moderate'
    | 'Exchange_Manage_Colleagues'
    | 'Exchange_Administer'
    | 'Exchange_Safeguarding';

export interface DemoUser {
    id: string;
    name: string;
    email: string;
    organisationId: string;
    /** Custom permissions the user's permission sets grant in the org. */
    permissions: DemoPermission[];
    isActive: boolean;
    /** ISO date-time of the last sign-in; null when never. */
    lastLogin: string | null;
    /** Contact.Exchange_Contactable__c: others may start conversations with them (on unless they said no). */
    contactable: boolean;
}

export const ORGANISATIONS: DemoOrganisation[] = [
    { id: '001000000000001AAA', name: 'Sahel Relief Network', type: 'National NGO', country: 'ML', status: 'Member' },
    {
        id: '001000000000002AAA',
        name: 'Mercy Bridge International',
        type: 'International NGO',
        country: 'GB',
        status: 'Member'
    },
    {
        id: '001000000000003AAA',
        name: 'Tierra Viva Comunidades',
        type: 'Local NGO / community-based organisation',
        country: 'CO',
        status: 'Member'
    },
    {
        id: '001000000000004AAA',
        name: 'Levant Protection Consortium',
        type: 'NGO network or consortium',
        country: 'JO',
        status: 'Member'
    },
    {
        id: '001000000000005AAA',
        name: 'Pacific Response Collective',
        type: 'National NGO',
        country: 'PH',
        status: 'Non_Member'
    },
    {
        id: '001000000000006AAA',
        name: 'CHS Alliance Secretariat',
        type: 'Standards body',
        country: 'CH',
        status: 'Member'
    },
    { id: '001000000000007AAA', name: 'Horn Aid Partnership', type: 'National NGO', country: 'KE', status: 'Suspended' }
];

function demoUser(
    id: number,
    name: string,
    email: string,
    organisation: number,
    permissions: DemoPermission[],
    lastLogin: string | null = '2026-11-20T09:30:00.000Z',
    contactable = true
): DemoUser {
    return {
        id: `0050000000000${String(id).padStart(2, '0')}AAA`,
        name,
        email,
        organisationId: `00100000000000${organisation}AAA`,
        permissions,
        isActive: true,
        lastLogin,
        contactable
    };
}

export const USERS: DemoUser[] = [
    demoUser(1, 'Aminata Traoré', 'aminata.traore@sahelrelief.example', 1, ['Exchange_Access']),
    demoUser(2, 'Moussa Keïta', 'moussa.keita@sahelrelief.example', 1, [
        'Exchange_Access',
        'Exchange_Manage_Colleagues'
    ]),
    demoUser(3, 'Hannah Okafor', 'hannah.okafor@mercybridge.example', 2, ['Exchange_Access']),
    // Has switched off conversations started by others: the people search never finds her.
    demoUser(4, 'Lucía Ramírez', 'lucia.ramirez@tierraviva.example', 3, ['Exchange_Access'], undefined, false),
    demoUser(5, 'Rami Haddad', 'rami.haddad@levantprotection.example', 4, ['Exchange_Access']),
    demoUser(6, 'Joseph Dela Cruz', 'joseph.delacruz@pacificresponse.example', 5, []),
    demoUser(7, 'Claire Dubois', 'claire.dubois@chsalliance.example', 6, ['Exchange_Access', 'Exchange_Moderate']),
    demoUser(8, 'Fatou Diallo', 'fatou.diallo@sahelrelief.example', 1, ['Exchange_Access'], null),
    demoUser(9, 'Amina Yusuf', 'amina.yusuf@hornaid.example', 7, ['Exchange_Access']),
    demoUser(10, 'Tomás Andersen', 'tomas.andersen@chsalliance.example', 6, ['Exchange_Access', 'Exchange_Administer']),
    demoUser(11, 'Nadia Rahman', 'nadia.rahman@chsalliance.example', 6, ['Exchange_Moderate', 'Exchange_Safeguarding'])
];

export interface Persona {
    id: string;
    title: string;
    userId: string;
}

export const PERSONAS: Persona[] = [
    { id: 'member', title: 'Member (Sahel Relief Network)', userId: '005000000000001AAA' },
    { id: 'org-admin', title: 'Organisation admin (Sahel Relief Network)', userId: '005000000000002AAA' },
    { id: 'member-mercy', title: 'Member (Mercy Bridge International)', userId: '005000000000003AAA' },
    { id: 'non-member', title: 'Non-member (Pacific Response Collective)', userId: '005000000000006AAA' },
    { id: 'suspended', title: 'Suspended member (Horn Aid Partnership)', userId: '005000000000009AAA' },
    { id: 'moderator', title: 'Alliance moderator', userId: '005000000000007AAA' },
    { id: 'alliance-admin', title: 'Alliance admin', userId: '005000000000010AAA' },
    { id: 'safeguarding', title: 'Alliance safeguarding focal point', userId: '005000000000011AAA' }
];

export function userOf(persona: Persona): DemoUser {
    return USERS.find((user) => user.id === persona.userId) ?? (USERS[0] as DemoUser);
}

export function organisationOf(user: DemoUser): DemoOrganisation {
    return (
        ORGANISATIONS.find((organisation) => organisation.id === user.organisationId) ??
        (ORGANISATIONS[0] as DemoOrganisation)
    );
}
