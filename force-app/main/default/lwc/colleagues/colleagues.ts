import { LightningElement, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getColleagueDirectory from '@salesforce/apex/ColleagueController.getColleagueDirectory';
import inviteColleague from '@salesforce/apex/ColleagueController.inviteColleague';
import deactivateColleague from '@salesforce/apex/ColleagueController.deactivateColleague';
import type { LoginLanguage } from '@dto/enumerations';
import type { Colleague, ColleagueDirectory, InvitationDraftLimits } from '@dto/people';
import { clearFixedError, reportAllValid, runAction } from 'c/containerAction';
import { characterCount, formatLabel } from 'c/labelFormat';
import { wiredValue } from 'c/wiredValue';
import LABEL_CHARACTERS from '@salesforce/label/c.Common_Characters_Used';
import LABEL_DEACTIVATE_CONFIRM from '@salesforce/label/c.Colleagues_Deactivate_Confirm';
import LABEL_DEACTIVATED from '@salesforce/label/c.Colleagues_Deactivated';
import LABEL_EMAIL from '@salesforce/label/c.Invite_Email';
import LABEL_ENGLISH from '@salesforce/label/c.Language_English';
import LABEL_FIRST_NAME from '@salesforce/label/c.Invite_First_Name';
import LABEL_FRENCH from '@salesforce/label/c.Language_French';
import LABEL_LANGUAGE from '@salesforce/label/c.Invite_Language';
import LABEL_LAST_NAME from '@salesforce/label/c.Invite_Last_Name';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_SENT_AUTO from '@salesforce/label/c.Invite_Sent_Auto';
import LABEL_SENT_QUEUE from '@salesforce/label/c.Invite_Sent_Queue';
import LABEL_SPANISH from '@salesforce/label/c.Language_Spanish';
import LABEL_ARABIC from '@salesforce/label/c.Language_Arabic';
import LABEL_SUBMIT from '@salesforce/label/c.Invite_Submit';
import LABEL_HEADING from '@salesforce/label/c.Colleagues_Heading';
import LABEL_TITLE from '@salesforce/label/c.Colleagues_Title';
import LABEL_INVITE_TITLE from '@salesforce/label/c.Invite_Title';
import LABEL_CHOOSE from '@salesforce/label/c.Common_Choose';

type InviteField = 'firstName' | 'lastName' | 'email' | 'language';

interface TextField {
    name: InviteField;
    label: string;
    type: 'text' | 'email';
    maxLength: number | undefined;
    required: boolean;
    value: string;
    count: string;
}

type TextFieldName = 'firstName' | 'lastName' | 'email';

/** Requirements match the Apex validation; the lengths are the server's, sent with the directory. */
const TEXT_FIELDS: { name: TextFieldName; label: string; type: 'text' | 'email'; required: boolean }[] = [
    { name: 'firstName', label: LABEL_FIRST_NAME, type: 'text', required: false },
    { name: 'lastName', label: LABEL_LAST_NAME, type: 'text', required: true },
    { name: 'email', label: LABEL_EMAIL, type: 'email', required: true }
];

/** Which of the server's limits bounds each text field. */
const LIMIT_OF: Record<TextFieldName, keyof InvitationDraftLimits> = {
    firstName: 'firstNameLength',
    lastName: 'lastNameLength',
    email: 'emailLength'
};

interface InviteInput extends HTMLElement {
    name: InviteField;
}

/**
 * Lets an organisation admin see who in their organisation has a login, invite
 * colleagues (approved by the Alliance, or at once when the Alliance allows it)
 * and deactivate logins. Fetches and acts; the table and the invitation list
 * only render.
 */
export default class Colleagues extends LightningElement {
    readonly labels = {
        choose: LABEL_CHOOSE,
        loading: LABEL_LOADING,
        inviteTitle: LABEL_INVITE_TITLE,
        language: LABEL_LANGUAGE,
        submit: LABEL_SUBMIT
    };

    readonly languageOptions: { label: string; value: LoginLanguage }[] = [
        { label: LABEL_ENGLISH, value: 'en_US' },
        { label: LABEL_FRENCH, value: 'fr' },
        { label: LABEL_SPANISH, value: 'es' },
        { label: LABEL_ARABIC, value: 'ar' }
    ];

    invitation: Record<InviteField, string> = { firstName: '', lastName: '', email: '', language: 'en_US' };
    busy = false;
    actionError: unknown;
    successMessage = '';
    pendingDeactivation?: Colleague;

    directory = wiredValue<ColleagueDirectory>();
    private wiredDirectory?: ApexWireResult<ColleagueDirectory>;

    private readonly refresh = (): Promise<void> => refreshApex(this.wiredDirectory);

    @wire(getColleagueDirectory)
    wiredColleagues(result: ApexWireResult<ColleagueDirectory>): void {
        this.wiredDirectory = result;
        this.directory = wiredValue(result);
    }

    get textFields(): TextField[] {
        // Without the server's limits a field is not limited here; invite() refuses what does not fit.
        const limits = this.directory.data?.invitationLimits;
        return TEXT_FIELDS.map((field) => {
            const maxLength = limits?.[LIMIT_OF[field.name]] ?? undefined;
            const value = this.invitation[field.name];
            return { ...field, value, maxLength, count: characterCount(LABEL_CHARACTERS, value, maxLength) };
        });
    }

    get cardTitle(): string {
        const organisationName = this.directory.data?.organisationName;
        return organisationName ? formatLabel(LABEL_TITLE, organisationName) : LABEL_HEADING;
    }

    get colleagues(): Colleague[] {
        return this.directory.data?.colleagues ?? [];
    }

    get invitations(): ColleagueDirectory['invitations'] {
        return this.directory.data?.invitations ?? [];
    }

    get confirmationText(): string {
        return formatLabel(LABEL_DEACTIVATE_CONFIRM, this.pendingDeactivation?.name ?? '');
    }

    handleFieldChange(event: Event): void {
        const input = event.target as InviteInput & { value: string };
        this.invitation = { ...this.invitation, [input.name]: input.value ?? '' };
        clearFixedError(event);
    }

    async handleInvite(): Promise<void> {
        if (!reportAllValid(this.template, '[data-invite-field]')) {
            return;
        }
        // On failure the form keeps what was typed, so nothing is lost.
        await runAction(
            this,
            async () => {
                const created = await inviteColleague({
                    firstName: this.invitation.firstName.trim(),
                    lastName: this.invitation.lastName.trim(),
                    email: this.invitation.email.trim(),
                    language: this.invitation.language as LoginLanguage
                });
                this.invitation = { firstName: '', lastName: '', email: '', language: this.invitation.language };
                return created.status === 'Pending' ? LABEL_SENT_QUEUE : LABEL_SENT_AUTO;
            },
            this.refresh
        );
    }

    handleDeactivateRequest(event: CustomEvent<string>): void {
        this.successMessage = '';
        this.actionError = undefined;
        this.pendingDeactivation = this.colleagues.find((colleague) => colleague.id === event.detail);
    }

    handleCancelDeactivation(): void {
        this.pendingDeactivation = undefined;
    }

    async handleConfirmDeactivation(): Promise<void> {
        const colleague = this.pendingDeactivation;
        if (!colleague) {
            return;
        }
        await runAction(
            this,
            async () => {
                await deactivateColleague({ userId: colleague.id });
                this.pendingDeactivation = undefined;
                return formatLabel(LABEL_DEACTIVATED, colleague.name);
            },
            this.refresh
        );
    }
}
