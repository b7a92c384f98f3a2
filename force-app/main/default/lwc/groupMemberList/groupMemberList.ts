import { LightningElement, api } from 'lwc';
import type { GroupMembership } from '@dto/groups';
import { formatLabel } from 'c/labelFormat';
import { ROLE_LABELS } from 'c/groupLabels';
import LABEL_ACTIONS from '@salesforce/label/c.Group_Member_Actions';
import LABEL_MAKE_FACILITATOR from '@salesforce/label/c.Group_Make_Facilitator';
import LABEL_MAKE_MEMBER from '@salesforce/label/c.Group_Make_Member';
import LABEL_MAKE_OWNER from '@salesforce/label/c.Group_Make_Owner';
import LABEL_MESSAGE from '@salesforce/label/c.Conversation_Message';
import LABEL_REMOVE from '@salesforce/label/c.Group_Remove';
import LABEL_REPORT from '@salesforce/label/c.Discussion_Report';

interface MenuItem {
    value: string;
    label: string;
}

interface MemberRow {
    membershipId: string;
    name: string;
    organisationName: string | null;
    role: string;
    since: string;
    actionsLabel: string;
    actions: MenuItem[];
}

const ROLE_ACTIONS: { role: GroupMembership['role']; value: string; label: string }[] = [
    { role: 'Owner', value: 'Owner', label: LABEL_MAKE_OWNER },
    { role: 'Facilitator', value: 'Facilitator', label: LABEL_MAKE_FACILITATOR },
    { role: 'Member', value: 'Member', label: LABEL_MAKE_MEMBER }
];

/**
 * The people of a group with their roles. For those who may, each row has a
 * menu; choosing fires `memberaction` with `detail` "<action>:<membershipId>",
 * the action being message (start a direct conversation), Owner, Facilitator,
 * Member (a new role), remove or report. Anyone who sees the list may report
 * someone else in it.
 */
export default class GroupMemberList extends LightningElement {
    @api members: GroupMembership[] = [];
    @api canManage = false;
    @api canChangeRoles = false;
    /** Members of the Exchange may start a direct conversation with anyone listed. */
    @api canMessage = false;
    /** A direct conversation has no roles to show. */
    @api hideRoles = false;

    get showsRoles(): boolean {
        return !this.hideRoles;
    }

    get rows(): MemberRow[] {
        return (this.members ?? []).map((member) => {
            const actions: MenuItem[] = [];
            if (!member.isSelf && this.canMessage) {
                actions.push({ value: 'message', label: LABEL_MESSAGE });
            }
            if (!member.isSelf && this.canChangeRoles) {
                ROLE_ACTIONS.filter((action) => action.role !== member.role).forEach((action) =>
                    actions.push({ value: action.value, label: action.label })
                );
            }
            if (!member.isSelf && this.canManage) {
                actions.push({ value: 'remove', label: LABEL_REMOVE });
            }
            if (!member.isSelf) {
                actions.push({ value: 'report', label: LABEL_REPORT });
            }
            return {
                membershipId: member.membershipId,
                name: member.name,
                organisationName: member.organisationName,
                role: ROLE_LABELS[member.role] ?? member.role,
                since: member.since,
                actionsLabel: formatLabel(LABEL_ACTIONS, member.name),
                actions
            };
        });
    }

    handleSelect(event: CustomEvent<{ value: string }>): void {
        const membershipId = (event.currentTarget as HTMLElement).dataset.membershipId;
        this.dispatchEvent(new CustomEvent('memberaction', { detail: `${event.detail.value}:${membershipId}` }));
    }
}
