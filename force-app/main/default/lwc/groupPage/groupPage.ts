import { LightningElement, api, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import changeRole from '@salesforce/apex/GroupController.changeRole';
import decideRequest from '@salesforce/apex/GroupController.decideRequest';
import getGroup from '@salesforce/apex/GroupController.getGroup';
import inviteToGroup from '@salesforce/apex/GroupController.inviteToGroup';
import joinGroup from '@salesforce/apex/GroupController.joinGroup';
import leaveGroup from '@salesforce/apex/GroupController.leaveGroup';
import removeMember from '@salesforce/apex/GroupController.removeMember';
import respondToInvitation from '@salesforce/apex/GroupController.respondToInvitation';
import restoreGroup from '@salesforce/apex/LifecycleController.restoreGroup';
import searchInvitees from '@salesforce/apex/GroupController.searchInvitees';
import withdrawRequest from '@salesforce/apex/GroupController.withdrawRequest';
import type { DirectConversationParticipant } from '@dto/directconversations';
import type { GroupRole } from '@dto/enumerations';
import type { GroupDetail, GroupDraft, GroupInvitee, GroupMembership } from '@dto/groups';
import { runAction } from 'c/containerAction';
import { focusWhenShown } from 'c/focusManagement';
import { directionalIcon, formatLabel } from 'c/labelFormat';
import { wiredValue } from 'c/wiredValue';
import LABEL_ACCEPT from '@salesforce/label/c.Group_Accept';
import LABEL_APPROVE from '@salesforce/label/c.Group_Approve';
import LABEL_BACK from '@salesforce/label/c.Groups_Back';
import LABEL_CONCERN from '@salesforce/label/c.Complaint_Title';
import LABEL_CONVERT from '@salesforce/label/c.Conversation_Convert';
import LABEL_CONVERT_WARNING from '@salesforce/label/c.Conversation_Convert_Warning';
import LABEL_CONVERTED from '@salesforce/label/c.Conversation_Converted';
import LABEL_CONVERSATION_LEAVE from '@salesforce/label/c.Conversation_Leave';
import LABEL_CONVERSATION_LEFT from '@salesforce/label/c.Conversation_Left';
import LABEL_CONVERSATION_RESTORED from '@salesforce/label/c.Conversation_Restored';
import LABEL_DECLINE from '@salesforce/label/c.Group_Decline';
import LABEL_DECLINED from '@salesforce/label/c.Group_Declined';
import LABEL_DISCUSSION from '@salesforce/label/c.Group_Tab_Discussion';
import LABEL_EDIT from '@salesforce/label/c.Group_Edit';
import LABEL_FILES from '@salesforce/label/c.Group_Tab_Files';
import LABEL_FILES_MEMBERS_ONLY from '@salesforce/label/c.Files_Error_Members_Only';
import LABEL_INVITATION_WAITING from '@salesforce/label/c.Group_Invitation_Waiting';
import LABEL_INVITE from '@salesforce/label/c.Group_Invite';
import LABEL_INVITE_NONE from '@salesforce/label/c.Group_Invite_None';
import LABEL_INVITE_SEARCH from '@salesforce/label/c.Group_Invite_Search';
import LABEL_INVITE_SEND from '@salesforce/label/c.Group_Invite_Send';
import LABEL_INVITED from '@salesforce/label/c.Group_Invited';
import LABEL_JOIN from '@salesforce/label/c.Group_Join';
import LABEL_JOINED from '@salesforce/label/c.Group_Joined';
import LABEL_LEAVE from '@salesforce/label/c.Group_Leave';
import LABEL_LEAVE_CONFIRM from '@salesforce/label/c.Group_Leave_Confirm';
import LABEL_LEAVE_CONFIRM_INVITATION from '@salesforce/label/c.Group_Leave_Confirm_Invitation';
import LABEL_LEAVE_CONFIRM_REQUEST from '@salesforce/label/c.Group_Leave_Confirm_Request';
import LABEL_LEAVE_LAST_MEMBER from '@salesforce/label/c.Group_Leave_Last_Member';
import LABEL_LEAVE_SUCCESSOR from '@salesforce/label/c.Group_Leave_Successor';
import LABEL_LEFT from '@salesforce/label/c.Group_Left';
import LABEL_LEFT_NAMED from '@salesforce/label/c.Group_Left_Named';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_MEMBERS from '@salesforce/label/c.Group_Tab_Members';
import LABEL_MEMBERS_HIDDEN from '@salesforce/label/c.Group_Members_Hidden';
import LABEL_MODERATOR_NOTICE from '@salesforce/label/c.Conversation_Moderator_Notice';
import LABEL_NO_REQUESTS from '@salesforce/label/c.Group_No_Requests';
import LABEL_REQUEST from '@salesforce/label/c.Group_Request';
import LABEL_REQUEST_ANSWER from '@salesforce/label/c.Group_Request_Answer';
import LABEL_REQUEST_APPROVED from '@salesforce/label/c.Group_Request_Approved';
import LABEL_REQUEST_PENDING from '@salesforce/label/c.Group_Request_Pending';
import LABEL_REQUEST_WITHDRAWN from '@salesforce/label/c.Group_Request_Withdrawn';
import LABEL_REQUEST_WITHDRAWN_NAMED from '@salesforce/label/c.Group_Request_Withdrawn_Named';
import LABEL_WITHDRAW_REQUEST from '@salesforce/label/c.Group_Withdraw_Request';
import LABEL_REQUEST_DECLINED from '@salesforce/label/c.Group_Request_Declined';
import LABEL_REQUEST_MESSAGE from '@salesforce/label/c.Group_Request_Message';
import LABEL_REQUEST_SENT from '@salesforce/label/c.Group_Request_Sent';
import LABEL_REPORT_SENT from '@salesforce/label/c.Report_Sent';
import LABEL_REPORT_TITLE from '@salesforce/label/c.Report_Title_Member';
import LABEL_REQUESTS from '@salesforce/label/c.Group_Tab_Requests';
import LABEL_RESTORED from '@salesforce/label/c.Lifecycle_Restored';
import LABEL_SAVED from '@salesforce/label/c.Group_Saved';
import LABEL_UPDATED from '@salesforce/label/c.Group_Member_Updated';

/** Shortest search that is sent to the server. */
const SHORTEST_SEARCH = 2;

/**
 * Who takes over when the only owner leaves, by the server's rule (GroupService.leave):
 * the longest-standing facilitator, or else member, in the order the page lists them;
 * nobody when another owner stays.
 */
function successorOf(members: GroupMembership[]): { hasOtherOwner: boolean; successor?: GroupMembership } {
    const others = members.filter((member) => !member.isSelf);
    return {
        hasOtherOwner: others.some((member) => member.role === 'Owner'),
        successor: others.find((member) => member.role === 'Facilitator') ?? others[0]
    };
}

/**
 * A group's page: its definition, what the running user may do there (join, ask,
 * answer an invitation, leave, edit, invite), its people, and the requests and
 * invitations owners answer. A direct conversation uses the same page, with its
 * participants instead of a group's settings; the person who started it may turn
 * it into a group. Fires `back` to return to the directory, `open` with the Id
 * of a conversation started with someone listed here, and `left` with the
 * message to show once the user has left a group they can no longer read.
 */
export default class GroupPage extends LightningElement {
    /** The group to show. */
    @api
    get groupId(): string | undefined {
        return this.currentGroupId;
    }
    set groupId(value: string | undefined) {
        this.currentGroupId = value;
    }

    /** On an Exchange Group record page in the console, the group is the record. */
    @api
    get recordId(): string | undefined {
        return this.currentGroupId;
    }
    set recordId(value: string | undefined) {
        this.currentGroupId = value;
    }

    currentGroupId?: string;

    /** Points back along the reading direction: left, or right in Arabic. */
    readonly backIcon = directionalIcon('utility:back');
    readonly labels = {
        concern: LABEL_CONCERN,
        loading: LABEL_LOADING,
        back: LABEL_BACK,
        join: LABEL_JOIN,
        request: LABEL_REQUEST,
        requestMessage: LABEL_REQUEST_MESSAGE,
        accept: LABEL_ACCEPT,
        decline: LABEL_DECLINE,
        edit: LABEL_EDIT,
        invite: LABEL_INVITE,
        inviteSearch: LABEL_INVITE_SEARCH,
        inviteSend: LABEL_INVITE_SEND,
        inviteNone: LABEL_INVITE_NONE,
        members: LABEL_MEMBERS,
        membersHidden: LABEL_MEMBERS_HIDDEN,
        requests: LABEL_REQUESTS,
        noRequests: LABEL_NO_REQUESTS,
        approve: LABEL_APPROVE,
        requestAnswer: LABEL_REQUEST_ANSWER,
        invitationWaiting: LABEL_INVITATION_WAITING,
        discussion: LABEL_DISCUSSION,
        files: LABEL_FILES,
        filesMembersOnly: LABEL_FILES_MEMBERS_ONLY,
        convert: LABEL_CONVERT,
        convertWarning: LABEL_CONVERT_WARNING,
        moderatorNotice: LABEL_MODERATOR_NOTICE,
        requestPending: LABEL_REQUEST_PENDING,
        withdrawRequest: LABEL_WITHDRAW_REQUEST
    };

    group = wiredValue<GroupDetail>();
    busy = false;
    actionError: unknown;
    successMessage = '';
    editing = false;
    /** The group a conversation is turning into, while its starter fills in the form. */
    conversionDraft?: GroupDraft;
    confirmingLeave = false;
    showingConcern = false;
    /** The open tab, so a search result can bring the discussion forward. */
    activeTab = 'members';
    reportedMember?: GroupMembership;
    /** The member a direct conversation is being started with. */
    messagedMember?: GroupMembership;
    requestMessage = '';
    answer = '';
    invitees: GroupInvitee[] = [];
    searched = false;
    selectedInvitees: string[] = [];
    private wiredGroup?: ApexWireResult<GroupDetail>;
    /** The group whose heading took the focus; a refresh after an action leaves focus on its result. */
    private focusedGroupId?: string;

    @wire(getGroup, { groupId: '$currentGroupId' })
    wiredGroupDetail(result: ApexWireResult<GroupDetail>): void {
        this.wiredGroup = result;
        this.group = wiredValue(result);
        const openedId = result.data?.card.id;
        if (openedId && openedId !== this.focusedGroupId) {
            this.focusedGroupId = openedId;
            focusWhenShown(this.template, '[data-id="group-title"]').catch(() => undefined);
        }
    }

    get detail(): GroupDetail | undefined {
        return this.group.data;
    }

    /**
     * Says how the user would come back (joining, asking, or only by invitation when the
     * group is not listed), and, for its only owner, who takes the group over.
     */
    get leaveQuestion(): string {
        const card = this.detail?.card;
        if (!card) {
            return '';
        }
        const comeBack =
            card.privacy === 'Open' && card.listed
                ? LABEL_LEAVE_CONFIRM
                : card.listed
                  ? LABEL_LEAVE_CONFIRM_REQUEST
                  : LABEL_LEAVE_CONFIRM_INVITATION;
        const question = formatLabel(comeBack, card.title);
        if (card.myRole !== 'Owner') {
            return question;
        }
        const { hasOtherOwner, successor } = successorOf(this.detail!.members);
        if (hasOtherOwner) {
            return question;
        }
        const handover = successor ? formatLabel(LABEL_LEAVE_SUCCESSOR, successor.name) : LABEL_LEAVE_LAST_MEMBER;
        return `${question} ${handover}`;
    }

    get draft(): GroupDraft | undefined {
        const card = this.detail?.card;
        return card
            ? {
                  id: card.id,
                  title: card.title,
                  description: card.description,
                  topic: card.topic,
                  kind: card.kind,
                  commitments: card.commitments,
                  standards: card.standards,
                  language: card.language,
                  scope: card.scope,
                  region: card.region,
                  country: card.country,
                  privacy: card.privacy,
                  listed: card.listed
              }
            : undefined;
    }

    /** A request sent and not yet answered shows as such after a reload too, as on the directory card. */
    get isRequestPending(): boolean {
        return this.detail?.card.myStatus === 'Requested';
    }

    get isArchived(): boolean {
        return this.detail?.card.status === 'Archived';
    }

    get isConversation(): boolean {
        return this.detail?.card.kind === 'Conversation';
    }

    get leaveLabel(): string {
        return this.isConversation ? LABEL_CONVERSATION_LEAVE : LABEL_LEAVE;
    }

    /** The people in a conversation, and those invited when the reader may see invitations. */
    get participants(): DirectConversationParticipant[] {
        const { members, invitations } = this.detail!;
        return [...members, ...invitations].map((person) => ({
            userId: person.userId,
            name: person.name,
            organisationName: person.organisationName,
            status: person.status === 'Invited' ? 'Invited' : 'Active',
            isSelf: person.isSelf
        }));
    }

    get messagedPeople(): GroupInvitee[] {
        const { userId, name, organisationName } = this.messagedMember!;
        return [{ userId, name, organisationName }];
    }

    get hasNoRequests(): boolean {
        return !this.detail?.requests.length && !this.detail?.invitations.length;
    }

    get noInviteeFound(): boolean {
        return this.searched && this.invitees.length === 0;
    }

    get inviteeOptions(): { label: string; value: string }[] {
        return this.invitees.map((invitee) => ({
            label: invitee.organisationName ? `${invitee.name} (${invitee.organisationName})` : invitee.name,
            value: invitee.userId
        }));
    }

    get nothingToInvite(): boolean {
        return this.selectedInvitees.length === 0 || this.busy;
    }

    handleBack(): void {
        this.dispatchEvent(new CustomEvent('back'));
    }

    handleRequestMessage(event: Event): void {
        this.requestMessage = (event.target as HTMLInputElement).value ?? '';
    }

    handleAnswer(event: Event): void {
        this.answer = (event.target as HTMLInputElement).value ?? '';
    }

    async handleJoin(): Promise<void> {
        await this.act(async () => {
            const status = await joinGroup({ groupId: this.currentGroupId ?? '', message: this.requestMessage.trim() });
            this.requestMessage = '';
            return status === 'Active' ? LABEL_JOINED : LABEL_REQUEST_SENT;
        });
    }

    async handleRespond(event: Event): Promise<void> {
        const accept = (event.currentTarget as HTMLElement).dataset.accept === 'true';
        const membershipId = this.detail?.card.myMembershipId ?? '';
        await this.act(async () => {
            await respondToInvitation({ membershipId, accept });
            return accept ? LABEL_JOINED : LABEL_DECLINED;
        });
    }

    /**
     * A listed group stays readable once the request is taken back, so the page stays and offers
     * to ask again. An unlisted one is seen only by its members and those waiting: the user goes
     * back to the directory, told which request they withdrew.
     */
    async handleWithdrawRequest(): Promise<void> {
        const card = this.detail!.card;
        const groupId = this.currentGroupId ?? '';
        if (card.listed) {
            await this.act(async () => {
                await withdrawRequest({ groupId });
                return LABEL_REQUEST_WITHDRAWN;
            });
            return;
        }
        const withdrawn = await runAction(this, async () => {
            await withdrawRequest({ groupId });
            return '';
        });
        if (withdrawn) {
            this.dispatchEvent(
                new CustomEvent('left', { detail: formatLabel(LABEL_REQUEST_WITHDRAWN_NAMED, card.title) })
            );
        }
    }

    handleAskLeave(): void {
        this.confirmingLeave = true;
    }

    handleCancelLeave(): void {
        this.confirmingLeave = false;
    }

    /**
     * An open, listed group stays readable after leaving, so the page stays and shows it.
     * Any other group would answer "open to its members only": the user goes back to the
     * directory, told which group they left.
     */
    async handleConfirmLeave(): Promise<void> {
        const card = this.detail!.card;
        const staysReadable = card.privacy === 'Open' && card.listed && !this.isConversation;
        if (staysReadable) {
            await this.act(async () => {
                await leaveGroup({ groupId: this.currentGroupId ?? '' });
                this.confirmingLeave = false;
                return LABEL_LEFT;
            });
            return;
        }
        const left = await runAction(this, async () => {
            await leaveGroup({ groupId: this.currentGroupId ?? '' });
            return '';
        });
        if (left) {
            this.confirmingLeave = false;
            const message = this.isConversation ? LABEL_CONVERSATION_LEFT : formatLabel(LABEL_LEFT_NAMED, card.title);
            this.dispatchEvent(new CustomEvent('left', { detail: message }));
        }
    }

    handleEdit(): void {
        this.editing = true;
    }

    handleEditCancel(): void {
        this.editing = false;
    }

    async handleSaved(): Promise<void> {
        this.editing = false;
        await this.showSaved(LABEL_SAVED);
    }

    /**
     * A conversation becomes a restricted group at first: its people chose to talk
     * privately, so opening it up is the starter's deliberate choice in the form.
     */
    handleConvert(): void {
        const card = this.detail!.card;
        this.conversionDraft = {
            id: card.id,
            title: card.title,
            description: card.description,
            topic: null,
            kind: 'Peer_Group',
            commitments: card.commitments,
            standards: card.standards,
            language: 'multi',
            scope: 'None',
            region: null,
            country: null,
            privacy: 'Restricted',
            listed: true
        };
    }

    handleConvertCancel(): void {
        this.conversionDraft = undefined;
    }

    async handleConverted(): Promise<void> {
        this.conversionDraft = undefined;
        await this.showSaved(LABEL_CONVERTED);
    }

    private async showSaved(message: string): Promise<void> {
        this.successMessage = message;
        await refreshApex(this.wiredGroup);
    }

    async handleSearch(event: Event): Promise<void> {
        const text = ((event.target as HTMLInputElement).value ?? '').trim();
        this.selectedInvitees = [];
        if (text.length < SHORTEST_SEARCH) {
            this.invitees = [];
            this.searched = false;
            return;
        }
        try {
            this.invitees = await searchInvitees({ groupId: this.currentGroupId ?? '', searchText: text });
            this.searched = true;
        } catch (error) {
            this.actionError = error;
        }
    }

    handleInviteeSelection(event: CustomEvent<{ value: string[] }>): void {
        this.selectedInvitees = event.detail.value;
    }

    async handleInvite(): Promise<void> {
        const userIds = [...this.selectedInvitees];
        await this.act(async () => {
            const count = await inviteToGroup({ groupId: this.currentGroupId ?? '', userIds });
            this.invitees = [];
            this.selectedInvitees = [];
            this.searched = false;
            return formatLabel(LABEL_INVITED, count);
        });
    }

    async handleDecide(event: Event): Promise<void> {
        const target = event.currentTarget as HTMLElement;
        const membershipId = target.dataset.membershipId ?? '';
        const approve = target.dataset.approve === 'true';
        const name = this.detail?.requests.find((request) => request.membershipId === membershipId)?.name ?? '';
        await this.act(async () => {
            await decideRequest({ membershipId, approve, message: this.answer.trim() });
            this.answer = '';
            return formatLabel(approve ? LABEL_REQUEST_APPROVED : LABEL_REQUEST_DECLINED, name);
        });
    }

    /** The confidential form is reachable from every group, for whoever sees the group. */
    get concernExpanded(): string {
        return String(this.showingConcern);
    }

    async handleRestore(): Promise<void> {
        const groupId = this.currentGroupId ?? '';
        await this.act(async () => {
            await restoreGroup({ groupId });
            return this.isConversation ? LABEL_CONVERSATION_RESTORED : LABEL_RESTORED;
        });
    }

    handleTab(event: Event): void {
        this.activeTab = (event.target as HTMLElement & { value: string }).value;
    }

    handleOpenPost(): void {
        this.activeTab = 'discussion';
    }

    handleToggleConcern(): void {
        this.showingConcern = !this.showingConcern;
    }

    get reportTitle(): string {
        return formatLabel(LABEL_REPORT_TITLE, this.reportedMember?.name ?? '');
    }

    handleCancelReport(): void {
        this.reportedMember = undefined;
    }

    handleReported(): void {
        this.reportedMember = undefined;
        this.actionError = undefined;
        this.successMessage = LABEL_REPORT_SENT;
    }

    handleMessageCancel(): void {
        this.messagedMember = undefined;
    }

    handleConversationStarted(event: CustomEvent<string>): void {
        this.messagedMember = undefined;
        this.dispatchEvent(new CustomEvent('open', { detail: event.detail }));
    }

    async handleMemberAction(event: CustomEvent<string>): Promise<void> {
        const [action = '', membershipId = ''] = event.detail.split(':');
        const member = this.group.data?.members.find((candidate) => candidate.membershipId === membershipId);
        if (action === 'report') {
            this.reportedMember = member;
            return;
        }
        if (action === 'message') {
            this.messagedMember = member;
            return;
        }
        await this.act(async () => {
            if (action === 'remove') {
                await removeMember({ membershipId });
            } else {
                await changeRole({ membershipId, role: action as GroupRole });
            }
            return LABEL_UPDATED;
        });
    }

    /** Every action ends by reading the group again, so the page shows what is now true. */
    private async act(action: () => Promise<string>): Promise<void> {
        await runAction(this, action, () => refreshApex(this.wiredGroup));
    }
}
