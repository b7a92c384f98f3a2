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
