import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/labelFormat';
import LABEL_NEXT from '@salesforce/label/c.Groups_Next';
import LABEL_PAGE from '@salesforce/label/c.Groups_Page';
import LABEL_PREVIOUS from '@salesforce/label/c.Groups_Previous';

/**
 * Previous and Next under a directory's cards, between them "52 groups · page 2
 * of 5" once the total is known and the page alone until then. The directory
 * names what it counts: `totalLabel` takes the total, the page and the number
 * of pages, `totalOneLabel` says there is one. Fires `pagechange` with the page
 * asked for; the directory asks for it and starts it at its top.
 */
export default class DirectoryPager extends LightningElement {
    /** The page shown, from 1. */
    @api page = 1;
    /** Cards per page, as the server answered; the number of pages waits for it. */
    @api pageSize?: number | null;
    /** How many match; unknown while the count is asked for. */
    @api total?: number | null;
    @api hasNextPage = false;
    /** "{0} groups · page {1} of {2}", translated. */
    @api totalLabel = '';
    /** "1 group", translated. */
    @api totalOneLabel = '';

    readonly labels = { previous: LABEL_PREVIOUS, next: LABEL_NEXT };

    get pageLabel(): string {
        const pages = this.pages;
        if (pages === undefined) {
            return formatLabel(LABEL_PAGE, this.page);
        }
        return this.total === 1 ? this.totalOneLabel : formatLabel(this.totalLabel, this.total ?? 0, this.page, pages);
    }

    /** How many pages the matches fill, once the total and the page size are known. */
    private get pages(): number | undefined {
        const total = this.total ?? undefined;
        return total === undefined || !this.pageSize ? undefined : Math.max(1, Math.ceil(total / this.pageSize));
    }

    get isFirstPage(): boolean {
        return this.page <= 1;
    }

    get isLastPage(): boolean {
        return !this.hasNextPage;
    }

    /** From past the last page (an old link), back to the last one. */
    handlePrevious(): void {
        this.turnTo(Math.max(1, Math.min(this.page - 1, this.pages ?? this.page)));
    }

    handleNext(): void {
        this.turnTo(this.page + 1);
    }

    private turnTo(page: number): void {
        this.dispatchEvent(new CustomEvent('pagechange', { detail: page }));
    }
}
