import { LightningElement, api, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getOrganisation from '@salesforce/apex/OrganisationDirectoryController.getOrganisation';
import saveOrganisationProfile from '@salesforce/apex/OrganisationDirectoryController.saveOrganisationProfile';
import getFrameworks from '@salesforce/apex/TaxonomyController.getFrameworks';
import type { WorkingLanguage } from '@dto/enumerations';
import type {
    OrganisationCard,
    OrganisationDetail,
    OrganisationLink,
    OrganisationProfileDraft
} from '@dto/organisations';
import type { StandardFramework } from '@dto/taxonomy';
import { reportAllValid, runAction } from 'c/containerAction';
import { describeOrganisation, languageOptions, type OrganisationDescription } from 'c/organisationLabels';
import { wiredValue } from 'c/wiredValue';
import LABEL_CHARACTERS from '@salesforce/label/c.Common_Characters_Used';
import LABEL_BACK from '@salesforce/label/c.Organisation_Back';
import LABEL_CANCEL from '@salesforce/label/c.Common_Cancel';
import LABEL_EDIT from '@salesforce/label/c.Organisation_Edit';
import LABEL_ERROR_PROFILE from '@salesforce/label/c.Organisation_Error_Profile';
import LABEL_GROUPS from '@salesforce/label/c.Organisation_Groups';
import LABEL_LANGUAGES from '@salesforce/label/c.Organisation_Languages';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_NO_GROUPS from '@salesforce/label/c.Organisation_No_Groups';
import LABEL_NO_PROFILE from '@salesforce/label/c.Organisation_No_Profile';
import LABEL_NO_RESOURCES from '@salesforce/label/c.Organisation_No_Resources';
import LABEL_PROFILE from '@salesforce/label/c.Organisation_Profile';
import LABEL_PROFILE_FIELD from '@salesforce/label/c.Organisation_Profile_Field';
import LABEL_PROFILE_HELP from '@salesforce/label/c.Organisation_Profile_Help';
import LABEL_RESOURCES from '@salesforce/label/c.Organisation_Resources';
import LABEL_SAVE from '@salesforce/label/c.Common_Save';
import LABEL_SAVED from '@salesforce/label/c.Organisation_Profile_Saved';
import LABEL_START_CONVERSATION from '@salesforce/label/c.Conversation_Start';
import { directionalIcon, formatLabel, pageLanguage } from 'c/labelFormat';

/** A titled list on the page, with what it says when there is nothing to list. */
interface LinkList {
    key: string;
    heading: string;
    empty: string;
    links: OrganisationLink[];
    hasLinks: boolean;
}

/** What the page shows of an organisation. */
interface OrganisationView {
    description: OrganisationDescription;
    profile: string | null;
    languages: WorkingLanguage[];
    canEdit: boolean;
    canStartConversation: boolean;
    /** Who a conversation started here is with: the whole organisation. */
    recipients: Pick<OrganisationCard, 'id' | 'name'>[];
    /** Published resources, then groups: titles only. */
    lists: LinkList[];
}

function viewOf(detail: OrganisationDetail, frameworks: StandardFramework[] | undefined): OrganisationView {
    const lists = [
        { key: 'resources', heading: LABEL_RESOURCES, empty: LABEL_NO_RESOURCES, links: detail.resources },
        { key: 'groups', heading: LABEL_GROUPS, empty: LABEL_NO_GROUPS, links: detail.groups }
    ];
    return {
        description: describeOrganisation(detail.card, frameworks),
        profile: detail.profile,
        languages: detail.card.languages,
        canEdit: detail.canEdit,
        canStartConversation: detail.canStartConversation,
        recipients: [{ id: detail.card.id, name: detail.card.name }],
        lists: lists.map((list) => ({ ...list, hasLinks: list.links.length > 0 }))
    };
}

/** A base field that can be told what is wrong with it. */
interface CheckedField extends HTMLElement {
    setCustomValidity(message: string): void;
}

/**
 * A member organisation's page: what the directory says about it, its profile,
 * its published resources and the groups its staff take part in; for its own
 * organisation admins, a form to change the profile and working languages; for
 * members, a way to start a conversation with the organisation. Fires `back`, and
 * `conversationstarted` with the new conversation's Id.
 */
export default class OrganisationPage extends LightningElement {
    /** The organisation to show. */
    @api
    get organisationId(): string | undefined {
        return this.currentOrganisationId;
    }
    set organisationId(value: string | undefined) {
        if (value !== this.currentOrganisationId) {
            this.currentOrganisationId = value;
            this.organisation = wiredValue();
            this.page = undefined;
            this.editing = false;
            this.startingConversation = false;
            this.actionError = undefined;
            this.successMessage = '';
        }
    }

    /** The profile's limit as the server keeps it (counted after trimming), shown while typing. */
    get profileLength(): number | undefined {
        return this.organisation.data?.profileLength;
    }

    get profileCount(): string {
        const number = new Intl.NumberFormat(pageLanguage());
        return formatLabel(
            LABEL_CHARACTERS,
            number.format(this.draftProfile.length),
            number.format(this.profileLength ?? 0)
        );
    }

    /** Points back along the reading direction: left, or right in Arabic. */
    readonly backIcon = directionalIcon('utility:back');
    readonly labels = {
        back: LABEL_BACK,
        loading: LABEL_LOADING,
        profile: LABEL_PROFILE,
        noProfile: LABEL_NO_PROFILE,
        edit: LABEL_EDIT,
        profileField: LABEL_PROFILE_FIELD,
        profileHelp: LABEL_PROFILE_HELP,
        languages: LABEL_LANGUAGES,
        save: LABEL_SAVE,
        cancel: LABEL_CANCEL,
        startConversation: LABEL_START_CONVERSATION
    };
    readonly languageOptions = languageOptions();

    currentOrganisationId?: string;
    organisation = wiredValue<OrganisationDetail>();
    page?: OrganisationView;
    editing = false;
    startingConversation = false;
    draftProfile = '';
    draftLanguages: WorkingLanguage[] = [];
    busy = false;
    actionError: unknown;
    successMessage = '';
    private frameworks?: StandardFramework[];
    private wiredOrganisation?: ApexWireResult<OrganisationDetail>;

    @wire(getOrganisation, { organisationId: '$currentOrganisationId' })
    wiredDetail(result: ApexWireResult<OrganisationDetail>): void {
        this.wiredOrganisation = result;
        this.organisation = wiredValue(result);
        this.describe();
    }

    @wire(getFrameworks)
    wiredFrameworks({ data }: ApexWireResult<StandardFramework[]>): void {
        this.frameworks = data;
        this.describe();
    }

    /** Everything the page says; built again as the organisation and the standards arrive. */
    private describe(): void {
        const detail = this.organisation.data;
        this.page = detail ? viewOf(detail, this.frameworks) : undefined;
    }

    get canStartEditing(): boolean {
        return this.page?.canEdit === true && !this.editing;
    }

    get canOfferConversation(): boolean {
        return this.page?.canStartConversation === true && !this.startingConversation;
    }

    handleBack(): void {
        this.dispatchEvent(new CustomEvent('back'));
    }

    handleStartConversation(): void {
        this.startingConversation = true;
    }

    handleConversationCancel(): void {
        this.startingConversation = false;
    }

    handleConversationStarted(event: CustomEvent<string>): void {
        this.startingConversation = false;
        this.dispatchEvent(new CustomEvent('conversationstarted', { detail: event.detail }));
    }

    handleEdit(): void {
        this.draftProfile = this.page?.profile ?? '';
        this.draftLanguages = [...(this.page?.languages ?? [])];
        this.successMessage = '';
        this.actionError = undefined;
        this.editing = true;
    }

    handleCancel(): void {
        this.editing = false;
        this.actionError = undefined;
    }

    handleProfileChange(event: CustomEvent<{ value: string }>): void {
        this.draftProfile = event.detail.value ?? '';
        this.checkProfile();
    }

    handleLanguagesChange(event: CustomEvent<{ value: WorkingLanguage[] }>): void {
        // The checkbox group offers languageOptions() only, so its values are working languages.
        this.draftLanguages = event.detail.value;
    }

    async handleSave(): Promise<void> {
        this.checkProfile();
        if (!reportAllValid(this.template, '[data-field]')) {
            return;
        }
        const organisationId = this.currentOrganisationId ?? '';
        const profile = this.draftProfile.trim();
        const draft: OrganisationProfileDraft = { profile: profile || null, languages: [...this.draftLanguages] };
        await runAction(
            this,
            async () => {
                await saveOrganisationProfile({ organisationId, draft });
                this.editing = false;
                return LABEL_SAVED;
            },
            () => refreshApex(this.wiredOrganisation)
        );
    }

    /** Said while typing, not only on saving: a pasted text may be far too long. */
    private checkProfile(): void {
        const field = this.template?.querySelector<CheckedField>('[data-field="profile"]');
        const longest = this.profileLength ?? Number.POSITIVE_INFINITY;
        field?.setCustomValidity(this.draftProfile.trim().length > longest ? LABEL_ERROR_PROFILE : '');
    }
}
