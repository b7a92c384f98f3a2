import { LightningElement, api } from 'lwc';
import getDraftLimits from '@salesforce/apex/GroupController.getDraftLimits';
import saveGroup from '@salesforce/apex/GroupController.saveGroup';
import type { GroupDraft, GroupDraftLimits } from '@dto/groups';
import { clearFixedError, reportAllValid, runAction, warnWhileUnsaved } from 'c/containerAction';
import {
    KIND_OPTIONS,
    LANGUAGE_OPTIONS,
    PRIVACY_OPTIONS,
    REGION_OPTIONS,
    SCOPE_OPTIONS,
    countryOptions,
    type Option
} from 'c/groupLabels';
import { characterCount } from 'c/labelFormat';
import LABEL_CHARACTERS from '@salesforce/label/c.Common_Characters_Used';
import LABEL_CANCEL from '@salesforce/label/c.Common_Cancel';
import LABEL_COMMITMENTS from '@salesforce/label/c.Group_Field_Commitments';
import LABEL_COUNTRY from '@salesforce/label/c.Group_Field_Country';
import LABEL_CREATE_TITLE from '@salesforce/label/c.Group_Form_Create_Title';
import LABEL_DESCRIPTION from '@salesforce/label/c.Group_Field_Description';
import LABEL_EDIT_TITLE from '@salesforce/label/c.Group_Form_Edit_Title';
import LABEL_KIND from '@salesforce/label/c.Group_Field_Kind';
import LABEL_LANGUAGE from '@salesforce/label/c.Group_Field_Language';
import LABEL_LISTED from '@salesforce/label/c.Group_Field_Listed';
import LABEL_PRIVACY from '@salesforce/label/c.Group_Field_Privacy';
import LABEL_PRIVACY_HELP from '@salesforce/label/c.Group_Privacy_Help';
import LABEL_REGION from '@salesforce/label/c.Group_Field_Region';
import LABEL_SAVE from '@salesforce/label/c.Common_Save';
import LABEL_SCOPE from '@salesforce/label/c.Group_Field_Scope';
import LABEL_STANDARDS from '@salesforce/label/c.Group_Field_Standards';
import LABEL_TITLE from '@salesforce/label/c.Group_Field_Title';
import LABEL_TOPIC from '@salesforce/label/c.Group_Field_Topic';
import LABEL_CHOOSE from '@salesforce/label/c.Common_Choose';

const EMPTY_DRAFT: GroupDraft = {
    id: null,
    title: '',
    description: null,
    topic: null,
    kind: 'Peer_Group',
    commitments: [],
    standards: [],
    language: 'en',
    scope: 'Global',
    region: null,
    country: null,
    privacy: 'Open',
    listed: true
};

/**
 * Creates a group or changes its definition. Checks in the browser what it can
 * (required fields, lengths); the server checks everything again and answers
 * with translated messages. Fires `saved` with the group Id, or `cancel`.
 */
export default class GroupForm extends LightningElement {
    /** Only Alliance moderators and admins choose the kind. */
    @api canSetKind = false;

    /** Says what the form is for when it is neither creating nor editing, e.g. turning a conversation into a group. */
    @api purpose = '';

    /** The group to change; nothing to create one. */
    @api
    get draft(): GroupDraft {
        return this.values;
    }
    set draft(value: GroupDraft | undefined) {
        this.values = { ...EMPTY_DRAFT, ...(value ?? {}) };
        this.startingValues = JSON.stringify(this.values);
    }

    readonly labels = {
        choose: LABEL_CHOOSE,
        title: LABEL_TITLE,
        description: LABEL_DESCRIPTION,
        topic: LABEL_TOPIC,
        kind: LABEL_KIND,
        commitments: LABEL_COMMITMENTS,
        standards: LABEL_STANDARDS,
        language: LABEL_LANGUAGE,
        scope: LABEL_SCOPE,
        region: LABEL_REGION,
        country: LABEL_COUNTRY,
        privacy: LABEL_PRIVACY,
        privacyHelp: LABEL_PRIVACY_HELP,
        listed: LABEL_LISTED,
        save: LABEL_SAVE,
        cancel: LABEL_CANCEL
    };
    readonly kindOptions = KIND_OPTIONS;
    readonly languageOptions = LANGUAGE_OPTIONS;
    readonly scopeOptions = SCOPE_OPTIONS;
    readonly regionOptions = REGION_OPTIONS;
    readonly privacyOptions = PRIVACY_OPTIONS;

    values: GroupDraft = { ...EMPTY_DRAFT };
    /** What the server keeps of title, topic and description, so the fields count against its own limits. */
    limits?: GroupDraftLimits;
    busy = false;
    actionError: unknown;
    successMessage = '';
    private countries?: Option[];
    /** What the form opened with: anything else is unsaved, and leaving the page asks first. */
    private startingValues = JSON.stringify(EMPTY_DRAFT);
    private stopWarning?: () => void;
    private saved = false;

    override connectedCallback(): void {
        this.stopWarning = warnWhileUnsaved(() => !this.saved && JSON.stringify(this.values) !== this.startingValues);
        // Cacheable, so an imperative call is answered from the client-side cache after the first
        // (https://developer.salesforce.com/docs/platform/lwc/guide/apex-call-imperative.html).
        // Without an answer the fields are not limited here; the server still refuses on Save.
        getDraftLimits()
            .then((limits) => {
                this.limits = limits ?? undefined;
            })
            .catch(() => undefined);
    }

    override disconnectedCallback(): void {
        this.stopWarning?.();
    }

    get titleLength(): number | undefined {
        return this.limits?.titleLength;
    }

    get topicLength(): number | undefined {
        return this.limits?.topicLength;
    }

    get descriptionLength(): number | undefined {
        return this.limits?.descriptionLength;
    }

    get titleCount(): string {
        return characterCount(LABEL_CHARACTERS, this.values.title, this.titleLength);
    }

    get topicCount(): string {
        return characterCount(LABEL_CHARACTERS, this.values.topic, this.topicLength);
    }

    get descriptionCount(): string {
        return characterCount(LABEL_CHARACTERS, this.values.description, this.descriptionLength);
    }

    get heading(): string {
        return this.purpose || (this.values.id ? LABEL_EDIT_TITLE : LABEL_CREATE_TITLE);
    }

    get isRegional(): boolean {
        return this.values.scope === 'Regional';
    }

    get isCountry(): boolean {
        return this.values.scope === 'Country';
    }

    /** Built once, when first shown: the list comes from the browser's locale data. */
    get countryOptions(): Option[] {
        this.countries = this.countries ?? countryOptions();
        return this.countries;
    }

    /** Base components put the new value in the event; a radio group does not update its own value first. */
    handleChange(event: CustomEvent<{ value?: unknown; checked?: boolean } | null>): void {
        const target = event.target as HTMLInputElement;
        const field = target.dataset.field as keyof GroupDraft;
        const value =
            target.type === 'checkbox'
                ? (event.detail?.checked ?? target.checked)
                : (event.detail?.value ?? target.value);
        this.values = { ...this.values, [field]: value };
        clearFixedError(event);
    }

    handleTagsChange(event: CustomEvent<{ value: string[] }>): void {
        const field = (event.target as HTMLElement).dataset.field as 'commitments' | 'standards';
        this.values = { ...this.values, [field]: event.detail.value };
    }

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('cancel'));
    }

    async handleSave(): Promise<void> {
        if (!reportAllValid(this.template, '[data-field]')) {
            return;
        }
        const draft: GroupDraft = {
            ...this.values,
            title: this.values.title.trim(),
            region: this.isRegional ? this.values.region : null,
            country: this.isCountry ? this.values.country : null
        };
        let savedId = '';
        const saved = await runAction(this, async () => {
            savedId = await saveGroup({ draft });
            return '';
        });
        if (saved) {
            this.saved = true;
            this.dispatchEvent(new CustomEvent('saved', { detail: savedId }));
        }
    }
}
