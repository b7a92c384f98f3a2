import { LightningElement, api } from 'lwc';
import type { ResourceDescription } from 'c/repositoryLabels';

/** One resource in the browser, described by the container. Fires `open` with the resource Id as `detail`. */
export default class ResourceCard extends LightningElement {
    @api resource?: ResourceDescription;

    handleOpen(event: Event): void {
        this.dispatchEvent(
            new CustomEvent('open', { detail: (event.currentTarget as HTMLElement).dataset.resourceId })
        );
    }
}
