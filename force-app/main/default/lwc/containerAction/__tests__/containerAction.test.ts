import { clearFixedError, reportAllValid, runAction, warnWhileUnsaved, type ActionHost } from 'c/containerAction';

function host(): ActionHost {
    return { busy: false, actionError: 'old error', successMessage: 'old message' };
}

describe('c/containerAction', () => {
    it('clears the last outcome, is busy while working, and keeps the success message', async () => {
        const container = host();
        let busyWhileWorking = false;

        const succeeded = await runAction(container, () => {
            busyWhileWorking = container.busy;
            expect(container.actionError).toBeUndefined();
            expect(container.successMessage).toBe('');
            return Promise.resolve('Done.');
        });

        expect(succeeded).toBe(true);
        expect(busyWhileWorking).toBe(true);
        expect(container).toEqual({ busy: false, actionError: undefined, successMessage: 'Done.' });
    });

    it('keeps the error instead of throwing it', async () => {
        const container = host();
        const failure = new Error('Refused');

        const succeeded = await runAction(container, () => Promise.reject(failure));

        expect(succeeded).toBe(false);
        expect(container).toEqual({ busy: false, actionError: failure, successMessage: '' });
    });

    it('runs one action at a time', async () => {
        const container = { ...host(), busy: true };
        const action = jest.fn(() => Promise.resolve('Done.'));

        expect(await runAction(container, action)).toBe(false);
        expect(action).not.toHaveBeenCalled();
        expect(container.successMessage).toBe('old message');
    });

    it('reads the data again after a success, and keeps the success when only that fails', async () => {
        const container = host();
        const refresh = jest.fn(() => Promise.reject(new Error('Offline')));

        const succeeded = await runAction(container, () => Promise.resolve('Done.'), refresh);

        expect(succeeded).toBe(true);
        expect(refresh).toHaveBeenCalledTimes(1);
        expect(container.successMessage).toBe('Done.');
        expect(container.actionError).toEqual(new Error('Offline'));
        expect(container.busy).toBe(false);
    });

    it('does not read again after a failure', async () => {
        const refresh = jest.fn(() => Promise.resolve());

        await runAction(host(), () => Promise.reject(new Error('Refused')), refresh);

        expect(refresh).not.toHaveBeenCalled();
    });

    it('asks every marked field to report, and is valid only when all are', () => {
        const root = document.createElement('div');
        const reports: string[] = [];
        for (const [name, valid] of [
            ['title', true],
            ['year', false],
            ['country', true]
        ] as const) {
            const field = Object.assign(document.createElement('input'), {
                reportValidity: () => {
                    reports.push(name);
                    return valid;
                }
            });
            field.dataset.field = name;
            root.appendChild(field);
        }

        expect(reportAllValid(root, '[data-field]')).toBe(false);
        expect(reports).toEqual(['title', 'year', 'country']);
        expect(reportAllValid(root, '[data-none]')).toBe(true);
        expect(reportAllValid(null, '[data-field]')).toBe(true);
    });

    it('takes the message of a fixed field away at once, and adds none to a field still wrong', () => {
        const fixed = Object.assign(document.createElement('input'), { reportValidity: jest.fn() });
        Object.defineProperty(fixed, 'validity', { value: { valid: true } });
        const wrong = Object.assign(document.createElement('input'), { reportValidity: jest.fn() });
        Object.defineProperty(wrong, 'validity', { value: { valid: false } });
        fixed.addEventListener('change', clearFixedError);
        wrong.addEventListener('change', clearFixedError);

        fixed.dispatchEvent(new CustomEvent('change'));
        wrong.dispatchEvent(new CustomEvent('change'));

        expect(fixed.reportValidity).toHaveBeenCalledTimes(1);
        expect(wrong.reportValidity).not.toHaveBeenCalled();
    });

    it('asks before the page is left only while something is unsaved, until told to stop (point 8)', () => {
        let unsaved = true;
        const stop = warnWhileUnsaved(() => unsaved);
        const leave = (): boolean => {
            const event = new CustomEvent('beforeunload', { cancelable: true });
            window.dispatchEvent(event);
            return event.defaultPrevented;
        };

        expect(leave()).toBe(true);
        unsaved = false;
        expect(leave()).toBe(false);
        unsaved = true;
        stop();
        expect(leave()).toBe(false);
    });
});
