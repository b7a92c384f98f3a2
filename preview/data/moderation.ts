import type { ModerationDecision, ReportReason, ReportStatus, ReportTargetKind } from '@dto/enumerations';
import type { ModerationQueue, ModerationQueueItem, MyReport, ReportLimits, ReportRequest } from '@dto/moderation';
import { PreviewApexError, currentUser, requireAccess, requireModerator } from './access';
import { findMessage, markHidden } from './discussion';
import { findFile, markFileHidden } from './files';
import { groupTitle, markReported, rightsOf } from './groups';
import { label } from './labels';
import { ORGANISATIONS, USERS } from './personas';

/**
 * Reports and the moderation queue for the preview, kept in session storage.
 * Like the Apex service, a second report of the same thing keeps the open one,
 * and hiding a message decides every open report on it.
 */
const STORAGE_KEY = 'chs-exchange-preview-reports';
/** What Exchange_Report__c.Details__c and Moderator_Note__c hold, as ModerationService reads them. */
const DETAILS_LENGTH = 2000;
const NOTE_LENGTH = 2000;
const REASONS: ReportReason[] = ['Harassment', 'Hate', 'Spam', 'Misinformation', 'Privacy', 'Other'];

interface StoredReport {
    id: string;
    name: string;
    targetKind: ReportTargetKind;
    reason: ReportReason;
    details: string | null;
    reporterId: string;
    reportedAt: string;
    groupId: string | null;
    messageId: string | null;
    fileId?: string | null;
    reportedUserId: string | null;
    status: ReportStatus;
    outcome: ModerationDecision | null;
    moderatorNote: string | null;
    deciderId: string | null;
    decidedAt: string | null;
}

function load(): StoredReport[] {
    const stored = window.sessionStorage.getItem(STORAGE_KEY);
    return stored ? (JSON.parse(stored) as StoredReport[]) : [];
}

function save(reports: StoredReport[]): void {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(reports));
}

function userName(userId: string | null): string | null {
    return USERS.find((user) => user.id === userId)?.name ?? null;
}

function close(report: StoredReport, decision: ModerationDecision, note: string | null): void {
    report.status = decision === 'Dismissed' ? 'Dismissed' : 'Actioned';
    report.outcome = decision;
    report.moderatorNote = note;
    report.deciderId = currentUser().id;
    report.decidedAt = new Date().toISOString();
}

export function reportContent(params: Record<string, unknown>): string {
    requireAccess();
    const request = (params.request ?? {}) as Partial<ReportRequest>;
    if (!REASONS.includes(request.reason as ReportReason)) {
        throw new PreviewApexError('VALIDATION', label('Report_Error_Reason'));
    }
    let groupId = request.groupId ?? null;
    let reportedUserId = request.userId ?? null;
    if (request.targetKind === 'Message') {
        const message = findMessage(request.messageId);
        if (!message || message.isDeleted) {
            throw new PreviewApexError('NOT_FOUND', label('Error_Not_Found'));
        }
        groupId = message.groupId;
        reportedUserId = message.authorId;
    }
    if (request.targetKind === 'File') {
        const file = findFile(request.fileId);
        if (!file) {
            throw new PreviewApexError('NOT_FOUND', label('Error_Not_Found'));
        }
        groupId = file.groupId;
        reportedUserId = file.ownerId;
    }
    const rights = rightsOf(groupId ?? '');
    if (request.targetKind === 'Member' ? !rights.canSeeMembers : !rights.canReadDiscussion) {
        throw new PreviewApexError('GROUP_RESTRICTED', label('Group_Error_Restricted'));
    }
    if (reportedUserId === currentUser().id) {
        throw new PreviewApexError('VALIDATION', label('Report_Error_Self'));
    }
    const reports = load();
    const messageId = request.targetKind === 'Message' ? (request.messageId ?? null) : null;
    const fileId = request.targetKind === 'File' ? (request.fileId ?? null) : null;
    const open = reports.find(
        (report) =>
            report.status === 'Open' &&
            report.reporterId === currentUser().id &&
            report.groupId === groupId &&
            ((messageId ?? fileId)
                ? (report.messageId ?? report.fileId) === (messageId ?? fileId)
                : report.reportedUserId === reportedUserId)
    );
    if (open) {
        return open.id;
    }
    const id = `a07${String(reports.length + 1).padStart(12, '0')}AAA`;
    reports.push({
        id,
        name: `REP-${String(reports.length + 1).padStart(6, '0')}`,
        targetKind: request.targetKind === 'Member' || request.targetKind === 'File' ? request.targetKind : 'Message',
        reason: request.reason as ReportReason,
        details: request.details ?? null,
        reporterId: currentUser().id,
        reportedAt: new Date().toISOString(),
        groupId,
        messageId,
        fileId,
        reportedUserId,
        status: 'Open',
        outcome: null,
        moderatorNote: null,
        deciderId: null,
        decidedAt: null
    });
    save(reports);
    markReported(groupId);
    return id;
}

export function getMyReports(): MyReport[] {
    requireAccess();
    return load()
        .filter((report) => report.reporterId === currentUser().id)
        .reverse()
        .map((report) => ({
            id: report.id,
            targetKind: report.targetKind,
            reason: report.reason,
            groupId: report.groupId,
            groupName: groupTitle(report.groupId),
            status: report.status,
            outcome: report.outcome,
            reportedAt: report.reportedAt,
            decidedAt: report.decidedAt
        }));
}

function toItem(report: StoredReport): ModerationQueueItem {
    const message = findMessage(report.messageId);
    const file = findFile(report.fileId);
    const reported = USERS.find((user) => user.id === report.reportedUserId);
    return {
        id: report.id,
        name: report.name,
        targetKind: report.targetKind,
        reason: report.reason,
        details: report.details,
        reportedByName: userName(report.reporterId),
        reportedAt: report.reportedAt,
        groupId: report.groupId,
        groupName: groupTitle(report.groupId),
        messageId: report.messageId,
        messageBody: message?.body ?? null,
        messageHidden: message?.isHidden === true,
        messageDeleted: message?.isDeleted === true,
        fileId: report.fileId ?? null,
        fileTitle: file?.title ?? null,
        fileHidden: file?.isHidden === true,
        reportedUserId: report.reportedUserId,
        reportedUserName: reported?.name ?? null,
        reportedOrganisationName:
            ORGANISATIONS.find((organisation) => organisation.id === reported?.organisationId)?.name ?? null,
        status: report.status,
        outcome: report.outcome,
        moderatorNote: report.moderatorNote,
        decidedByName: userName(report.deciderId),
        decidedAt: report.decidedAt
    };
}

export function reportLimits(): ReportLimits {
    requireAccess();
    return { detailsLength: DETAILS_LENGTH };
}

export function getQueue(params: Record<string, unknown>): ModerationQueue {
    requireModerator();
    const status = (params.status ?? 'Open') as ReportStatus;
    const matching = load().filter((report) => report.status === status);
    const ordered = status === 'Open' ? matching : matching.reverse();
    return { items: ordered.slice(0, 50).map(toItem), hasMore: ordered.length > 50, noteLength: NOTE_LENGTH };
}

export function decideReport(params: Record<string, unknown>): void {
    requireModerator();
    const reports = load();
    const report = reports.find((candidate) => candidate.id === params.reportId);
    if (!report) {
        throw new PreviewApexError('NOT_FOUND', label('Error_Not_Found'));
    }
    if (report.status !== 'Open') {
        throw new PreviewApexError('VALIDATION', label('Moderation_Error_Already_Decided'));
    }
    const decision = params.decision as ModerationDecision;
    const note = typeof params.note === 'string' ? params.note : null;
    const contentId = report.messageId ?? report.fileId;
    if (decision === 'Content_Hidden' && contentId) {
        hideContent(contentId, true);
        reports
            .filter((other) => other.status === 'Open' && (other.messageId ?? other.fileId) === contentId)
            .forEach((other) => close(other, decision, note));
    } else {
        close(report, decision, note);
    }
    save(reports);
}

function hideContent(contentId: string, hidden: boolean): void {
    if (findFile(contentId)) {
        markFileHidden(contentId, hidden);
    } else {
        markHidden(contentId, hidden);
    }
}

export function setContentHidden(params: Record<string, unknown>): void {
    requireModerator();
    const contentId = String(params.contentId ?? '');
    hideContent(contentId, params.hidden === true);
    if (params.hidden === true) {
        const reports = load();
        reports
            .filter((report) => report.status === 'Open' && (report.messageId ?? report.fileId) === contentId)
            .forEach((report) => close(report, 'Content_Hidden', null));
        save(reports);
    }
}

export function setMessageHidden(params: Record<string, unknown>): void {
    setContentHidden({ contentId: params.messageId, hidden: params.hidden });
}
