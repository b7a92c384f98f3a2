import type { ValidationRunner } from '../dml/hooks';
import { rowError, type DmlRowError } from '../dml/results';
import type { ValidationRuleDef } from '../project-schema';
import { evaluateFormula } from './evaluate';
import { parseFormula, type FormulaNode } from './parse';

/** Whether the running user has a custom permission; the access layer answers. */
export type PermissionCheck = (name: string) => boolean;

/**
 * Active validation rules: a rule whose error condition is true fails the row with
 * FIELD_CUSTOM_VALIDATION_EXCEPTION, its message, and its error display field (ValidationRule,
 * Metadata API Developer Guide: https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customvalidationrule.htm).
 * Formulas parse when first needed, so a formula the runtime cannot read fails only the saves it guards.
 */
export function validationRunner(
    rules: readonly ValidationRuleDef[],
    hasCustomPermission: PermissionCheck
): ValidationRunner {
    const parsed = new Map<ValidationRuleDef, FormulaNode>();
    return (objectType, values, old) => {
        const errors: DmlRowError[] = [];
        for (const rule of rules) {
            if (!rule.active || rule.objectType.toLowerCase() !== objectType.toLowerCase()) {
                continue;
            }
            const formula = parsed.get(rule) ?? parseFormula(rule.errorConditionFormula);
            parsed.set(rule, formula);
            if (evaluateFormula(formula, { values, old, hasCustomPermission }) === true) {
                errors.push(
                    rowError(
                        'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                        rule.errorMessage,
                        rule.errorDisplayField === null ? [] : [rule.errorDisplayField]
                    )
                );
            }
        }
        return errors;
    };
}
