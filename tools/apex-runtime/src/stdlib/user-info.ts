import type { BuiltinRegistry, CallSite } from '../interpreter/builtins';
import type { ApexValue } from '../interpreter/values';
import { UnsupportedError } from '../unsupported';
import { arity } from './arguments';

/** A field of the running user's record, as the org holds it. */
function runningUserField(site: CallSite, field: string): ApexValue {
    const session = site.interpreter.session;
    const user = session.org.store.get(session.runningUserId);
    if (user === undefined) {
        throw new Error(`the running user ${session.runningUserId} is not in the org`);
    }
    const value = user.values.get(field) ?? null;
    return typeof value === 'string' || value === null ? value : null;
}

/**
 * UserInfo methods that read the running user's record (UserInfo Class, Apex Reference Guide:
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_methods_system_userinfo.htm);
 * the Ids are the 18-character ones the org stores.
 */
const USER_FIELDS: Readonly<Record<string, string>> = {
    getUserId: 'id',
    getProfileId: 'profileid',
    getUserName: 'username',
    getUserEmail: 'email',
    getFirstName: 'firstname',
    getLastName: 'lastname',
    getLanguage: 'languagelocalekey',
    getLocale: 'localesidkey',
    getUserRoleId: 'userroleid'
};

export function installUserInfo(registry: BuiltinRegistry): void {
    // The compound Name the org derives from FirstName and LastName when a user is saved.
    registry.addStatic('UserInfo', 'getName', (site, args) => {
        arity(site, 'UserInfo.getName', args, 0);
        const name = runningUserField(site, 'name');
        if (typeof name !== 'string') {
            throw new UnsupportedError('UserInfo.getName of a user whose Name the org did not derive', site.loc);
        }
        return name;
    });
    for (const [method, field] of Object.entries(USER_FIELDS)) {
        registry.addStatic('UserInfo', method, (site, args) => {
            arity(site, `UserInfo.${method}`, args, 0);
            return runningUserField(site, field);
        });
    }
}
