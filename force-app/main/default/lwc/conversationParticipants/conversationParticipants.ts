import { LightningElement, api } from 'lwc';
import type { DirectConversationParticipant } from '@dto/directconversations';
import LABEL_INVITED from '@salesforce/label/c.Conversation_Invited';
import LABEL_WITH from '@salesforce/label/c.Conversation_With';

interface ParticipantRow {
    userId: string;
    label: string;
    isInvited: boolean;
}

/** "Name (Organisation)", or whichever of the two is known. */
function nameWithOrganisation({ name, organisationName }: DirectConversationParticipant): string {
    return name && organisationName ? `${name} (${organisationName})` : (name ?? organisationName ?? '');
}

/**
 * The other people in a direct conversation: names, organisations, and who has not
 * answered yet. Shows nothing while nobody else is listed.
 */
export default class ConversationParticipants extends LightningElement {
    @api participants: DirectConversationParticipant[] = [];

    readonly labels = { with: LABEL_WITH, invited: LABEL_INVITED };

    get rows(): ParticipantRow[] {
        return (this.participants ?? [])
            .filter((participant) => !participant.isSelf)
            .map((participant) => ({
                userId: participant.userId,
                label: nameWithOrganisation(participant),
                isInvited: participant.status === 'Invited'
            }));
    }
}
