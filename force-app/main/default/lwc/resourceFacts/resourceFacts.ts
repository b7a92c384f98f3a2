import { LightningElement, api } from 'lwc';
import type { ResourceDescription } from 'c/repositoryLabels';
import LABEL_TAGS from '@salesforce/label/c.Repository_Tags';

/** What is known about a resource, compactly, for its card and its page. */
export default class ResourceFacts extends LightningElement {
    @api resource?: ResourceDescription;

    readonly labels = { tags: LABEL_TAGS };
}
