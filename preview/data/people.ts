import type { LoginLanguage } from '@dto/enumerations';
import type {
    Colleague,
    ColleagueDirectory,
    ColleagueInvitation,
    InvitationDecisionLimits,
    InvitationDraftLimits
} from '@dto/people';
import type { ErasureRequest, PersonalDataExport } from '@dto/privacy';
import {
    PreviewApexError,
    currentUser,
    requireAdministrator,
    requireOrganisationAdmin,
    requireOwnDataAccess
} from './access';
import { label } from './labels';
import { ORGANISATIONS, USERS } from './personas';

/**
 * Colleagues, invitations and erasure requests for the preview, kept in memory
 * for one page load. The checks mirror ColleagueService and PersonalDataService
 * so every message a person can meet is shown; the rules themselves live in Apex.
 */
const EMAIL_SHAPE = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const LANGUAGES: LoginLanguage[] = ['en_US', 'fr', 'es', 'ar'];

const users = USERS.map((user) => ({ ...user }));
let invitationsMade = 0;

function invitation(
    organisationId: string,
    firstName: string,
    lastName: string,
    email: string,
    status: ColleagueInvitation['status'],
    invitedByName: string,
    requestedAt: string
): ColleagueInvitation & { organisationId: string } {
    invitationsMade++;
    return {
        id: `a01000000000${String(invitationsMade).padStart(3, '0')}AAA`,
        organisationId,
        firstName,
        lastName,
        email,
        language: 'en_US',
        status,
        organisationName: ORGANISATIONS.find((organisation) => organisation.id === organisationId)?.name ?? null,
        invitedByName,
        requestedAt,
        decisionNote: null,
        failureReason: null
    };
}

const invitations = [
    invitation(
        '001000000000001AAA',
        'Ibrahim',
        'Coulibaly',
        'ibrahim.coulibaly@sahelrelief.example',
        'Pending',
        'Moussa Keïta',
        '2026-11-18T10:00:00.000Z'
    ),
    invitation(
        '001000000000003AAA',
        'Valentina',
        'Ortiz',
        'valentina.ortiz@tierraviva.example',
        'Pending',
        'Lucía Ramírez',
        '2026-11-19T14:20:00.000Z'
    ),
    invitation(
        '001000000000002AAA',
        'George',
        'Mensah',
        'george.mensah@mercybridge.example',
        'Failed',
        'Hannah Okafor',
        '2026-11-12T08:45:00.000Z'
    )
];
const failed = invitations[2];
if (failed) {
    failed.failureReason = 'DUPLICATE_USERNAME: Duplicate Username.';
}

const erasureRequests: ErasureRequest[] = [
    {
        id: 'a02000000000001AAA',
        status: 'Requested',
        requestedAt: '2026-11-21T16:05:00.000Z',
        processedAt: null,
        requesterName: 'Rami Haddad',
        organisationName: 'Levant Protection Consortium'
    }
];

function invalid(labelName: string): PreviewApexError {
    return new PreviewApexError('VALIDATION', label(labelName));
}

/** What the controller returns: the organisation is known by name only, and failures only to Alliance admins. */
function view(row: ColleagueInvitation & { organisationId: string }, forAllianceAdmin: boolean): ColleagueInvitation {
    return {
        id: row.id,
        firstName: row.firstName,
        lastName: row.lastName,
        email: row.email,
        language: row.language,
        status: row.status,
        organisationName: row.organisationName,
        invitedByName: row.invitedByName,
        requestedAt: row.requestedAt,
        decisionNote: row.decisionNote,
        failureReason: forAllianceAdmin ? row.failureReason : null
    };
}

/** What the invitation's first name, last name and email fields hold, as the service reads them. */
const INVITATION_LIMITS: InvitationDraftLimits = { firstNameLength: 40, lastNameLength: 80, emailLength: 80 };

export function colleagueDirectory(): ColleagueDirectory {
    requireOrganisationAdmin();
    const me = currentUser();
    const colleagues: Colleague[] = users
        .filter((user) => user.organisationId === me.organisationId)
        .sort((left, right) => Number(right.isActive) - Number(left.isActive) || left.name.localeCompare(right.name))
        .map((user) => ({
            id: user.id,
            name: user.name,
            email: user.email,
            isActive: user.isActive,
            isSelf: user.id === me.id,
            lastLogin: user.lastLogin
        }));
    return {
        organisationName: ORGANISATIONS.find((organisation) => organisation.id === me.organisationId)?.name ?? '',
        colleagues,
        invitations: invitations
            .filter((row) => row.organisationId === me.organisationId && row.status !== 'Completed')
            .map((row) => view(row, false)),
        autoApprove: false,
        invitationLimits: { ...INVITATION_LIMITS }
    };
}

export function inviteColleague(params: Record<string, unknown>): ColleagueInvitation {
    requireOrganisationAdmin();
    const firstName = String(params.firstName ?? '').trim();
    const lastName = String(params.lastName ?? '').trim();
    const email = String(params.email ?? '')
        .trim()
        .toLowerCase();
    const language = params.language as LoginLanguage;
    if (!lastName) {
        throw invalid('Colleague_Error_Last_Name_Required');
    }
    if (lastName.length > INVITATION_LIMITS.lastNameLength || firstName.length > INVITATION_LIMITS.firstNameLength) {
        throw invalid('Colleague_Error_Name_Too_Long');
    }
    if (!email || email.length > INVITATION_LIMITS.emailLength || !EMAIL_SHAPE.test(email)) {
        throw invalid('Colleague_Error_Email_Invalid');
    }
    if (!LANGUAGES.includes(language)) {
        throw invalid('Colleague_Error_Language');
    }
    const open = invitations.some((row) => row.email === email && ['Pending', 'Approved'].includes(row.status));
    if (open || users.some((user) => user.isActive && user.email === email)) {
        throw invalid('Colleague_Error_Duplicate_Email');
    }
    const me = currentUser();
    const created = invitation(
        me.organisationId,
        firstName,
        lastName,
        email,
        'Pending',
        me.name,
        new Date().toISOString()
    );
    created.language = language;
    invitations.unshift(created);
    return view(created, false);
}

export function deactivateColleague(params: Record<string, unknown>): void {
    requireOrganisationAdmin();
    const me = currentUser();
    if (params.userId === me.id) {
        throw invalid('Colleague_Error_Deactivate_Self');
    }
    const colleague = users.find((user) => user.id === params.userId);
    if (!colleague || colleague.organisationId !== me.organisationId) {
        throw new PreviewApexError('NOT_ALLOWED', label('Colleague_Error_Not_Colleague'));
    }
    colleague.isActive = false;
}

/** What Colleague_Invitation__c.Decision_Note__c holds, as ColleagueService reads it. */
const DECISION_NOTE_LENGTH = 255;

export function decisionLimits(): InvitationDecisionLimits {
    requireAdministrator();
    return { noteLength: DECISION_NOTE_LENGTH };
}

export function invitationQueue(): ColleagueInvitation[] {
    requireAdministrator();
    return invitations
        .filter((row) => row.status === 'Pending' || row.status === 'Failed')
        .map((row) => view(row, true));
}

function decide(params: Record<string, unknown>, status: 'Approved' | 'Rejected'): void {
    requireAdministrator();
    const ids = Array.isArray(params.invitationIds) ? (params.invitationIds as string[]) : [];
    const chosen = invitations.filter((row) => ids.includes(row.id));
    if (chosen.length === 0 || chosen.length !== ids.length) {
        throw new PreviewApexError('NOT_FOUND', label('Error_Not_Found'));
    }
    if (chosen.some((row) => row.status !== 'Pending')) {
        throw invalid('Colleague_Error_Invitation_Closed');
    }
    const note = String(params.note ?? '').trim();
    chosen.forEach((row) => {
        row.status = status;
        row.decisionNote = note || null;
    });
}

export function approveInvitations(params: Record<string, unknown>): void {
    decide(params, 'Approved');
}

export function rejectInvitations(params: Record<string, unknown>): void {
    decide(params, 'Rejected');
}

let myRequest: ErasureRequest | null = null;

export function myErasureRequest(): ErasureRequest | null {
    requireOwnDataAccess();
    return myRequest;
}

export function requestErasure(): ErasureRequest {
    requireOwnDataAccess();
    if (myRequest?.status !== 'Requested') {
        const me = currentUser();
        myRequest = {
            id: 'a02000000000099AAA',
            status: 'Requested',
            requestedAt: new Date().toISOString(),
            processedAt: null,
            requesterName: me.name,
            organisationName: ORGANISATIONS.find((organisation) => organisation.id === me.organisationId)?.name ?? null
        };
        erasureRequests.push(myRequest);
    }
    return myRequest;
}

export function exportMyData(): PersonalDataExport {
    requireOwnDataAccess();
    const me = currentUser();
    const document = {
        exportedAt: new Date().toISOString(),
        profile: { name: me.name, email: me.email },
        colleagueInvitations: invitations
            .filter((row) => row.invitedByName === me.name)
            .map((row) => ({ role: 'sent', email: row.email, status: row.status }))
    };
    return {
        fileName: `chs-exchange-my-data-${new Date().toISOString().slice(0, 10)}.json`,
        content: JSON.stringify(document, null, 2)
    };
}

export function erasureQueue(): ErasureRequest[] {
    requireAdministrator();
    return erasureRequests.filter((request) => request.status === 'Requested');
}

export function completeErasure(params: Record<string, unknown>): void {
    requireAdministrator();
    const request = erasureRequests.find((candidate) => candidate.id === params.requestId);
    if (!request) {
        throw new PreviewApexError('NOT_FOUND', label('Error_Not_Found'));
    }
    if (request.status !== 'Requested') {
        throw invalid('Privacy_Error_Already_Done');
    }
    request.status = 'Completed';
    request.processedAt = new Date().toISOString();
}
