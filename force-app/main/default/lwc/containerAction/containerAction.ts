/** What a container keeps about the action a person started: shown by c-action-feedback. */
export interface ActionHost {
    busy: boolean;
    actionError: unknown;
    successMessage: string;
}

/**
 * Runs one action the same way in every container: one at a time, the previous
 * outcome cleared first, the error kept for display instead of thrown. After a
 * success, `refresh` reads the data again; if only that fails, the success
 * message stays and the refresh error is shown beside it, so nobody repeats an
 * action that was done.
 * @param host the container
 * @param action does the work and answers the success message
 * @param refresh reads again what the action changed, e.g. with refreshApex
 * @returns whether the action ran and succeeded
 */
export async function runAction(
    host: ActionHost,
    action: () => Promise<string>,
    refresh?: () => Promise<unknown>
): Promise<boolean> {
    if (host.busy) {
        return false;
    }
    host.busy = true;
    host.actionError = undefined;
    host.successMessage = '';
    try {
        host.successMessage = await action();
    } catch (error) {
        host.actionError = error;
        host.busy = false;
        return false;
    }
    try {
        await refresh?.();
    } catch (error) {
        host.actionError = error;
    } finally {
        host.busy = false;
    }
    return true;
}

/** A base input, combobox or picker that can show its own validity message. */
interface Validatable extends HTMLElement {
    reportValidity(): boolean;
}

/**
 * Asks every field a form marks to show its validity message, all at once so the
 * person sees every problem, not only the first.
 * @param root the form's template
 * @param selector what marks the form's fields
 * @returns whether every field is valid
 */
export function reportAllValid(root: ParentNode | null | undefined, selector: string): boolean {
    const fields = [...(root?.querySelectorAll<Validatable>(selector) ?? [])];
    return fields.map((field) => field.reportValidity()).every(Boolean);
}

/**
 * Takes a field's error message away as soon as its value is fixed, instead of when it
 * loses focus. Otherwise the message vanishes as the person presses Save: the button
 * moves up under the pointer, and the click lands beside it and is lost. A field that is
 * still wrong keeps its message until the form is checked again; none is added while typing.
 * @param event the change event of a base input, combobox or picker
 */
export function clearFixedError(event: Event): void {
    const field = event.target as Validatable & { validity?: { valid: boolean } };
    if (field.validity?.valid) {
        field.reportValidity();
    }
}

/**
 * Has the browser ask before the page is left (reload, language switch, closing the tab)
 * while something typed is not saved or sent.
 * @param isUnsaved says whether there is something to lose, asked at the moment of leaving
 * @returns stops asking; call it when the form goes away
 */
export function warnWhileUnsaved(isUnsaved: () => boolean): () => void {
    const warn = (event: BeforeUnloadEvent): void => {
        if (isUnsaved()) {
            event.preventDefault();
            // Older browsers show the warning only when returnValue is set.
            event.returnValue = '';
        }
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
}
