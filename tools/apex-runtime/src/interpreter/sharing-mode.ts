import type { AccessMode } from '../org/index';
import type { ClassInfo, SharingKeyword } from '../types/class-table';
import type { Interpreter } from './interpreter';

/**
 * The class's sharing keyword, or its superclass's: "Classes inherit this setting from a parent class
 * when one class extends or implements another", while an inner class does not take its outer
 * class's (Enforce Sharing Rules, Apex Developer Guide, the CWithout example and its inner class:
 * https://developer.salesforce.com/docs/atlas.en-us.256.0.apexcode.meta/apexcode/apex_security_sharing_rules.htm).
 */
function declaredSharing(cls: ClassInfo): SharingKeyword | null {
    for (let current: ClassInfo | null = cls; current !== null; current = current.superclass) {
        if (current.sharing !== null) {
            return current.sharing;
        }
    }
    return null;
}

/**
 * Whether the code running now enforces the running user's record sharing, from the call stack:
 *
 * - a class declared `with sharing` does and one declared `without sharing` does not, whoever calls
 *   it; `inherited sharing` takes the mode of its caller and, as the entry point, runs with sharing
 *   (Use the with sharing, without sharing, and inherited sharing Keywords:
 *   https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/api/apex_classes_keywords_sharing.htm);
 * - a class without a keyword, saved at API 66.0 or earlier as every class of the project is (65.0),
 *   takes its caller's mode and, as the entry point, runs without sharing (Apex Security and Sharing
 *   Model, Versioned Behavior Changes:
 *   https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/api/apex_security_sharing_chapter.htm);
 * - inside `System.runAs` the test class's own code enforces the user's sharing "regardless of the
 *   sharing mode of the test class", while a method of another class (its inner classes and other
 *   test classes included) keeps its class's mode (Using
 *   the runAs Method:
 *   https://developer.salesforce.com/docs/atlas.en-us.254.0.apexcode.meta/pages/apex_testing_tools_runas.htm);
 * - anonymous Apex runs with the user's sharing and a trigger in system context (the block classes
 *   the interpreter gives them carry `with` and `without`).
 */
export function codeEnforcesSharing(interpreter: Interpreter): boolean {
    // The test method's own class is the one at the bottom of the stack.
    const testClass = interpreter.session.runAsDepth > 0 ? (interpreter.stack[0]?.cls ?? null) : null;
    for (let index = interpreter.stack.length - 1; index >= 0; index--) {
        const cls = interpreter.stack[index]?.cls ?? null;
        if (cls === null) {
            continue;
        }
        if (cls === testClass) {
            return true;
        }
        const keyword = declaredSharing(cls);
        if (keyword === 'with' || keyword === 'without') {
            return keyword === 'with';
        }
        if (index === 0) {
            return keyword === 'inherited';
        }
    }
    return false;
}

/**
 * Whether a query or DML in this access mode enforces record sharing: user mode always does, system
 * mode leaves it to the sharing keywords ("User mode always applies sharing rules, but in system mode
 * they're controlled by sharing keywords on the class", Enforce User Mode for Database Operations:
 * https://developer.salesforce.com/docs/atlas.en-us.242.0.apexcode.meta/apexcode/apex_classes_enforce_usermode.htm).
 */
export function enforcesSharing(interpreter: Interpreter, mode: AccessMode): boolean {
    return mode === 'USER_MODE' || codeEnforcesSharing(interpreter);
}
