import { LightningElement, api, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getResource from '@salesforce/apex/RepositoryBrowseController.getResource';
import openResourceFile from '@salesforce/apex/RepositoryBrowseController.openResourceFile';
import rateResource from '@salesforce/apex/RepositoryBrowseController.rateResource';
import retireResource from '@salesforce/apex/RepositoryReviewController.retireResource';
import getFrameworks from '@salesforce/apex/TaxonomyController.getFrameworks';
import getVerificationStages from '@salesforce/apex/TaxonomyController.getVerificationStages';
import type { ResourceDetail } from '@dto/repository';
import { generateUrl } from 'lightning/fileDownload';
import type { StandardFramework, VerificationStage } from '@dto/taxonomy';
import { runAction } from 'c/containerAction';
import { formatDay, formatLabel, type Option } from 'c/labelFormat';
import { describeResource, taxonomyOf, type ResourceDescription } from 'c/repositoryLabels';
import { wiredValue } from 'c/wiredValue';
import LABEL_BACK from '@salesforce/label/c.Resource_Back';
import LABEL_DOWNLOAD from '@salesforce/label/c.Files_Download';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_OPEN_FILE from '@salesforce/label/c.Resource_Open_File';
import LABEL_PUBLISHED_ON from '@salesforce/label/c.Resource_Published_On';
import LABEL_RATE from '@salesforce/label/c.Resource_Rate';
import LABEL_RATED from '@salesforce/label/c.Resource_Rated';
import LABEL_REPLACED_BY from '@salesforce/label/c.Resource_Replaced_By';
import LABEL_RETIRE from '@salesforce/label/c.Resource_Retire';
import LABEL_RETIRE_CONFIRM from '@salesforce/label/c.Resource_Retire_Confirm';
import LABEL_RETIRED_DONE from '@salesforce/label/c.Resource_Retired_Done';
import LABEL_RETIRED_NOTICE from '@salesforce/label/c.Resource_Retired_Notice';
import LABEL_STARS from '@salesforce/label/c.Resource_Stars';

interface ResourcePageView {
    description: ResourceDescription;
    isRetired: boolean;
    retiredNotice: string;
    replacementLabel: string;
    publishedOn: string;
    downloadLabel: string;
    /** The reader's own rating, as the radio group takes it. */
    myRating: string | undefined;
    retireQuestion: string;
}

const STAR_OPTIONS: Option[] = [1, 2, 3, 4, 5].map((stars) => ({
    label: formatLabel(LABEL_STARS, stars),
    value: String(stars)
}));

/**
 * A resource's page in the repository: who offers it, what it covers, its file,
 * how useful members found it, and, for moderators, retirement after
 * confirming. A retired resource says so and links to its newer version. Fires
 * `back`, and `open` with the Id of the newer version.
 */
export default class ResourcePage extends LightningElement {
    /** The resource to show. */
    @api
    get resourceId(): string | undefined {
        return this.currentResourceId;
    }
    set resourceId(value: string | undefined) {
        this.show(value);
    }

    /** On a Repository Resource record page in the console, the resource is the record. */
    @api
    get recordId(): string | undefined {
        return this.currentResourceId;
    }
    set recordId(value: string | undefined) {
        this.show(value);
    }

    readonly labels = {
        back: LABEL_BACK,
        loading: LABEL_LOADING,
        rate: LABEL_RATE,
        retire: LABEL_RETIRE,
        openFile: LABEL_OPEN_FILE
    };
    readonly starOptions = STAR_OPTIONS;

    currentResourceId?: string;
    resource = wiredValue<ResourceDetail>();
    page?: ResourcePageView;
    busy = false;
    actionError: unknown;
    successMessage = '';
    confirmingRetire = false;
    /** Shown when the browser kept the download window from opening. */
    blockedFileUrl = '';
    private stages?: VerificationStage[];
    private frameworks?: StandardFramework[];
    private wiredResource?: ApexWireResult<ResourceDetail>;

    @wire(getResource, { resourceId: '$currentResourceId' })
    wiredResourceDetail(result: ApexWireResult<ResourceDetail>): void {
        this.wiredResource = result;
        this.resource = wiredValue(result);
        this.describe();
    }

    @wire(getVerificationStages)
    wiredStages({ data }: ApexWireResult<VerificationStage[]>): void {
        this.stages = data;
        this.describe();
    }

    @wire(getFrameworks)
    wiredFrameworks({ data }: ApexWireResult<StandardFramework[]>): void {
        this.frameworks = data;
        this.describe();
    }

    get detail(): ResourceDetail | undefined {
        return this.resource.data;
    }

    /** Everything the page says about the resource; built again as the resource and the standards arrive. */
    private describe(): void {
        const detail = this.detail;
        this.page = detail ? this.viewOf(detail) : undefined;
    }

    private viewOf(detail: ResourceDetail): ResourcePageView {
        const title = detail.card.title;
        return {
            description: describeResource(detail.card, taxonomyOf(this.stages, this.frameworks)),
            isRetired: detail.status === 'Retired',
            retiredNotice: formatLabel(LABEL_RETIRED_NOTICE, formatDay(detail.retiredAt)),
            replacementLabel: formatLabel(LABEL_REPLACED_BY, detail.replacedByTitle ?? ''),
            publishedOn: formatLabel(LABEL_PUBLISHED_ON, formatDay(detail.card.publishedAt)),
            downloadLabel: formatLabel(LABEL_DOWNLOAD, title),
            myRating: detail.myRating ? String(detail.myRating) : undefined,
            retireQuestion: formatLabel(LABEL_RETIRE_CONFIRM, title)
        };
    }

    private get askedResourceId(): string {
        return this.currentResourceId ?? '';
    }

    handleBack(): void {
        this.dispatchEvent(new CustomEvent('back'));
    }

    handleOpenReplacement(event: Event): void {
        this.dispatchEvent(
            new CustomEvent('open', { detail: (event.currentTarget as HTMLElement).dataset.resourceId })
        );
    }

    async handleDownload(): Promise<void> {
        const resourceId = this.askedResourceId;
        this.blockedFileUrl = '';
        await runAction(
            this,
            async () => {
                const documentId = await openResourceFile({ resourceId });
                // The platform's address under the site's prefix, in LWR and Aura alike (decision 0032).
                const url = generateUrl(documentId) ?? '';
                // The answer comes after a round trip, which some browsers no longer count as the person's click.
                if (url && !window.open(url, '_blank')) {
                    this.blockedFileUrl = url;
                }
                return '';
            },
            () => refreshApex(this.wiredResource)
        );
    }

    async handleRate(event: CustomEvent<{ value: string }>): Promise<void> {
        const resourceId = this.askedResourceId;
        const stars = Number(event.detail.value);
        await runAction(
            this,
            async () => {
                await rateResource({ resourceId, stars });
                return LABEL_RATED;
            },
            () => refreshApex(this.wiredResource)
        );
    }

    handleAskRetire(): void {
        this.confirmingRetire = true;
    }

    handleCancelRetire(): void {
        this.confirmingRetire = false;
    }

    async handleConfirmRetire(): Promise<void> {
        const resourceId = this.askedResourceId;
        await runAction(
            this,
            async () => {
                await retireResource({ resourceId });
                this.confirmingRetire = false;
                return LABEL_RETIRED_DONE;
            },
            () => refreshApex(this.wiredResource)
        );
    }

    /** Another resource starts afresh: nothing said about the previous one stays. */
    private show(resourceId: string | undefined): void {
        if (resourceId !== this.currentResourceId) {
            this.currentResourceId = resourceId;
            this.resource = wiredValue();
            this.page = undefined;
            this.actionError = undefined;
            this.successMessage = '';
            this.confirmingRetire = false;
            this.blockedFileUrl = '';
        }
    }
}
