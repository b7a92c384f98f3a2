import type { SeededDefect } from './seeded-defect';
import { replaceInCopy } from './edit';

export const seeds: SeededDefect[] = [
    {
        gate: 'check:browser',
        name: 'a component shows an image without a text alternative',
        apply: (copy) =>
            replaceInCopy(
                copy,
                'force-app/main/default/lwc/standardElementPicker/standardElementPicker.html',
                '<div class="slds-form-element__control">',
                '<div class="slds-form-element__control"><img src="assets/images/seeded.png" />'
            ),
        expect: /axe critical image-alt/
    }
];
