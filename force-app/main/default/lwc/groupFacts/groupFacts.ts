import { LightningElement, api } from 'lwc';
import type { GroupCard } from '@dto/groups';
import { describeGroup, type GroupDescription } from 'c/groupLabels';
import LABEL_UNLISTED from '@salesforce/label/c.Group_Unlisted';

/**
 * A group's kind and commitments as badges, and its privacy, language, place and
 * size. A direct conversation shows its kind alone: the rest is fixed and says nothing.
 */
export default class GroupFacts extends LightningElement {
    @api group?: GroupCard;

    readonly labels = { unlisted: LABEL_UNLISTED };

    get description(): GroupDescription | undefined {
        return this.group ? describeGroup(this.group) : undefined;
    }

    get hasSettings(): boolean {
        return this.description?.isConversation === false;
    }

    get isUnlisted(): boolean {
        return this.group?.listed === false;
    }
}
