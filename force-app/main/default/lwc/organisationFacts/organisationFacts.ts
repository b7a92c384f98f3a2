import { LightningElement, api } from 'lwc';
import type { OrganisationDescription } from 'c/organisationLabels';
import LABEL_COMMITMENTS from '@salesforce/label/c.Organisation_Commitments';

/** What is known about a member organisation, compactly, for its card and its page. */
export default class OrganisationFacts extends LightningElement {
    @api organisation?: OrganisationDescription;

    readonly labels = { commitments: LABEL_COMMITMENTS };
}
