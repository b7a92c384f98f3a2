import type { ComplaintStatus } from '@dto/enumerations';
import type { ComplaintCase, ComplaintDraft, ComplaintDraftLimits, MyComplaint } from '@dto/safeguarding';
import { PreviewApexError, currentUser, requireAccess, requireSafeguardingOfficer } from './access';
import { groupTitle, rightsOf } from './groups';
import { label } from './labels';
import { ORGANISATIONS, USERS } from './personas';

/**
 * Confidential complaints for the preview, kept in session storage. As in Apex,
 * the focal points see the reporter only when the reporter agreed.
 */
const STORAGE_KEY = 'chs-exchange-preview-complaints';
/** What Sensitive_Complaint__c.Description__c and Officer_Note__c hold, as ComplaintService reads them. */
const DESCRIPTION_LENGTH = 10000;
const NOTE_LENGTH = 10000;
const CATEGORIES = ['Fraud', 'Abuse_Of_Power', 'Sexual_Exploitation_Abuse', 'Other_Safeguarding'];
const STATUSES: ComplaintStatus[] = ['Received', 'In_Review', 'Referred', 'Closed'];

interface StoredComplaint extends Omit<MyComplaint, 'id'> {
    id: string;
    description: string;
    groupId: string | null;
    reporterId: string;
    identityShared: boolean;
    officerNote: string | null;
}

function load(): StoredComplaint[] {
    const stored = window.sessionStorage.getItem(STORAGE_KEY);
    return stored ? (JSON.parse(stored) as StoredComplaint[]) : [];
}

function save(complaints: StoredComplaint[]): void {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(complaints));
}

function toMine(complaint: StoredComplaint): MyComplaint {
    const { id, reference, category, status, raisedAt, acknowledgedAt } = complaint;
    return { id, reference, category, status, raisedAt, acknowledgedAt };
}

export function raiseComplaint(params: Record<string, unknown>): MyComplaint {
    requireAccess();
    const draft = (params.draft ?? {}) as Partial<ComplaintDraft>;
    if (!CATEGORIES.includes(draft.category ?? '')) {
        throw new PreviewApexError('VALIDATION', label('Complaint_Error_Category'));
    }
    const description = (draft.description ?? '').trim();
    if (!description) {
        throw new PreviewApexError('VALIDATION', label('Complaint_Error_Description'));
    }
    if (draft.groupId && !rightsOf(draft.groupId).canSee) {
        throw new PreviewApexError('NOT_FOUND', label('Error_Not_Found'));
    }
    const complaints = load();
    const now = new Date().toISOString();
    const complaint: StoredComplaint = {
        id: `a09${String(complaints.length + 1).padStart(12, '0')}AAA`,
        reference: `SC-${String(complaints.length + 1).padStart(6, '0')}`,
        category: draft.category as ComplaintDraft['category'],
        status: 'Received',
        raisedAt: now,
        acknowledgedAt: now,
        description,
        groupId: draft.groupId ?? null,
        reporterId: currentUser().id,
        identityShared: draft.shareIdentity === true,
        officerNote: null
    };
    complaints.push(complaint);
    save(complaints);
    // As in Apex, the answer has no record yet: the complaint is filed under its reference.
    return { ...toMine(complaint), id: null };
}

export function getMyComplaints(): MyComplaint[] {
    requireAccess();
    return load()
        .filter((complaint) => complaint.reporterId === currentUser().id)
        .reverse()
        .map(toMine);
}

export function draftLimits(): ComplaintDraftLimits {
    requireAccess();
    return { descriptionLength: DESCRIPTION_LENGTH };
}

export function getCaseload(params: Record<string, unknown>): ComplaintCase[] {
    requireSafeguardingOfficer();
    const openOnly = params.openOnly !== false;
    return load()
        .filter((complaint) => (complaint.status === 'Closed') !== openOnly)
        .map((complaint) => {
            const reporter = USERS.find((user) => user.id === complaint.reporterId);
            const organisation = ORGANISATIONS.find((candidate) => candidate.id === reporter?.organisationId);
            return {
                id: complaint.id,
                reference: complaint.reference,
                category: complaint.category,
                description: complaint.description,
                groupName: groupTitle(complaint.groupId),
                status: complaint.status,
                raisedAt: complaint.raisedAt,
                identityShared: complaint.identityShared,
                reporterName: complaint.identityShared ? (reporter?.name ?? null) : null,
                reporterOrganisation: complaint.identityShared ? (organisation?.name ?? null) : null,
                officerNote: complaint.officerNote,
                noteLength: NOTE_LENGTH
            };
        });
}

export function updateComplaint(params: Record<string, unknown>): void {
    requireSafeguardingOfficer();
    if (!STATUSES.includes(params.status as ComplaintStatus)) {
        throw new PreviewApexError('VALIDATION', label('Error_Invalid_Choice'));
    }
    const complaints = load();
    const complaint = complaints.find((candidate) => candidate.id === params.complaintId);
    if (!complaint) {
        throw new PreviewApexError('NOT_FOUND', label('Error_Not_Found'));
    }
    complaint.status = params.status as ComplaintStatus;
    complaint.officerNote = typeof params.note === 'string' ? params.note : null;
    save(complaints);
}
