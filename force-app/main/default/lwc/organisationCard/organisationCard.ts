import { LightningElement, api } from 'lwc';
import type { OrganisationDescription } from 'c/organisationLabels';

/** One member organisation in the directory. Fires `open` with the organisation Id as `detail`. */
export default class OrganisationCard extends LightningElement {
    @api organisation?: OrganisationDescription;

    handleOpen(): void {
        this.dispatchEvent(new CustomEvent('open', { detail: this.organisation?.id }));
    }
}
