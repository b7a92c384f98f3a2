/** What a container keeps about the action a person started: shown by c-action-feedback. */
export interface ActionHost {
    busy: boolean;
    actionError: unknown;
    successMessage: string;
}

/**
 * Runs one action the same way in every container: one at a time, the previous
 * outcome cleared first, the error kept for display instead of thrown.
 * @param host the container
 * @param action does the work and answers the success message
 * @returns whether the action ran and succeeded
 */
export async function runAction(host: ActionHost, action: () => Promise<string>): Promise<boolean> {
    if (host.busy) {
        return false;
    }
    host.busy = true;
    host.actionError = undefined;
    host.successMessage = '';
    try {
        host.successMessage = await action();
        return true;
    } catch (error) {
        host.actionError = error;
        return false;
    } finally {
        host.busy = false;
    }
}
