import { LightningElement, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import acceptConduct from '@salesforce/apex/ConductController.acceptConduct';
import getConduct from '@salesforce/apex/ConductController.getConduct';
import type { CodeOfConduct as Conduct } from '@dto/moderation';
import { runAction } from 'c/containerAction';
import { formatDay, formatLabel } from 'c/labelFormat';
import { wiredValue } from 'c/wiredValue';
import LABEL_ACCEPT from '@salesforce/label/c.Conduct_Accept';
import LABEL_ACCEPT_CHECK from '@salesforce/label/c.Conduct_Accept_Check';
import LABEL_ACCEPTED from '@salesforce/label/c.Conduct_Accepted';
import LABEL_ACCEPTED_ON from '@salesforce/label/c.Conduct_Accepted_On';
import LABEL_INTRO from '@salesforce/label/c.Conduct_Intro';
import LABEL_LOADING from '@salesforce/label/c.Common_Loading';
import LABEL_NONE from '@salesforce/label/c.Conduct_None';
import LABEL_TITLE from '@salesforce/label/c.Conduct_Title';
import LABEL_VERSION from '@salesforce/label/c.Conduct_Version';

/** A rule of a numbered list: "3. Protect people…". */
const NUMBERED = /^\d+[.)]\s+/;

interface ConductBlock {
    key: number;
    text: string;
    isList: boolean;
    items: { key: number; text: string }[];
}

/**
 * The code of conduct in force, in the reader's language. A member who has not
 * accepted this version reads it and accepts it here; the component then fires
 * `accepted`, so a discussion can open its composer. Alliance staff only read it.
 */
export default class CodeOfConduct extends LightningElement {
    readonly labels = {
        title: LABEL_TITLE,
        intro: LABEL_INTRO,
        acceptCheck: LABEL_ACCEPT_CHECK,
        accept: LABEL_ACCEPT,
        loading: LABEL_LOADING,
        none: LABEL_NONE
    };

    conduct = wiredValue<Conduct>();
    agreed = false;
    busy = false;
    actionError: unknown;
    successMessage = '';
    private wiredConduct?: ApexWireResult<Conduct>;

    @wire(getConduct)
    wiredCodeOfConduct(result: ApexWireResult<Conduct>): void {
        this.wiredConduct = result;
        this.conduct = wiredValue(result);
    }

    get isMissing(): boolean {
        return this.conduct.hasData && this.conduct.data?.version === null;
    }

    get versionLine(): string {
        return formatLabel(LABEL_VERSION, this.conduct.data?.version ?? '');
    }

    /**
     * Blocks of the text, split on blank lines. A block whose every line starts "1. ", "2. "…
     * is the numbered rules: it shows as a list, one rule a line, not run into one paragraph.
     */
    get paragraphs(): ConductBlock[] {
        return (this.conduct.data?.body ?? '')
            .split(/\n\s*\n/)
            .map((text) => text.trim())
            .filter((text) => text.length > 0)
            .map((text, key) => {
                const lines = text.split('\n').map((line) => line.trim());
                const isList = lines.every((line) => NUMBERED.test(line));
                return {
                    key,
                    text,
                    isList,
                    items: isList ? lines.map((line, index) => ({ key: index, text: line.replace(NUMBERED, '') })) : []
                };
            });
    }

    get mustAccept(): boolean {
        return this.conduct.data?.mustAccept === true;
    }

    get acceptedLine(): string {
        const acceptedAt = this.conduct.data?.acceptedAt;
        return acceptedAt ? formatLabel(LABEL_ACCEPTED_ON, formatDay(acceptedAt)) : '';
    }

    get cannotAccept(): boolean {
        return this.busy || !this.agreed;
    }

    handleAgree(event: Event): void {
        this.agreed = (event.target as HTMLInputElement).checked === true;
    }

    async handleAccept(): Promise<void> {
        const version = this.conduct.data?.version ?? 0;
        const accepted = await runAction(
            this,
            async () => {
                await acceptConduct({ version });
                return LABEL_ACCEPTED;
            },
            () => refreshApex(this.wiredConduct)
        );
        if (accepted) {
            this.dispatchEvent(new CustomEvent('accepted'));
        }
    }
}
