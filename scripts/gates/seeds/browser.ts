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
    },
    {
        gate: 'check:browser',
        name: 'the preview bundle is built without minifying',
        apply: (copy) => replaceInCopy(copy, 'scripts/preview/build.ts', 'minify: true,', 'minify: false,'),
        expect: /The preview bundle is \d+ bytes, over its budget of \d+/
    }
];
