import { Org, type TriggerHooks } from '../org/index';
import { Interpreter } from '../interpreter/interpreter';
import { ProjectTriggers } from '../interpreter/triggers';
import { attachEventTriggers } from '../interpreter/event-bus';
import { standardLibrary } from '../stdlib/index';
import { OrgSession } from '../interpreter/org-session';
import { UnsupportedError } from '../unsupported';
import type { LoadedProject } from './project';

/** Before any user exists, the seed itself is attributed to this placeholder. */
const DEPLOYING_USER = '005000000000000AAA';

/**
 * The running user of a test or of anonymous Apex: a System Administrator of the scratch org, with
 * the scratch definition's language (en_US). The time zone and locale are the defaults of the user
 * the guide's runAs example creates (Using the runAs Method,
 * https://developer.salesforce.com/docs/platform/apex-dev/references/apex-dev/apex-testing-tools-runas.html).
 */
const ADMIN_TIME_ZONE = 'America/Los_Angeles';

/**
 * Licences and profiles of the scratch org: the standard Salesforce profiles and, with the
 * Communities feature, a Customer Community profile (Standard Profiles, Salesforce Help). The seats
 * are the project's README's "two Salesforce licences and a handful of Customer Community ones":
 * the System Administrator uses one Salesforce seat; "a handful" is taken as five, an assumption
 * no test may depend on (the README's known gaps list it).
 */
const LICENCES: readonly { name: string; total: number; used: number }[] = [
    { name: 'Salesforce', total: 2, used: 1 },
    { name: 'Customer Community', total: 5, used: 0 }
];

/**
 * `customizeApplication`: the Customize Application permission of the permission set the profile
 * owns (PermissionSet, Object Reference: IsOwnedByProfile, ProfileId and the Permissions fields,
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_permissionset.htm).
 * The System Administrator "can configure and customize the application"; the Standard User and
 * the Customer Community User are not given that (Standard Profiles, Salesforce Help:
 * https://help.salesforce.com/s/articleView?id=sf.standard_profiles.htm&type=5). The name and label
 * of a profile-owned set are not documented, so they are left null.
 */
const STANDARD_PROFILES: readonly { name: string; userType: string; licence: string; customizeApplication: boolean }[] =
    [
        { name: 'System Administrator', userType: 'Standard', licence: 'Salesforce', customizeApplication: true },
        { name: 'Standard User', userType: 'Standard', licence: 'Salesforce', customizeApplication: false },
        {
            name: 'Customer Community User',
            userType: 'CspLitePortal',
            licence: 'Customer Community',
            customizeApplication: false
        }
    ];

function seedOne(org: Org, objectType: string, values: Record<string, string | number | boolean | null>): string {
    const [id] = org.seed([{ objectType, values: new Map(Object.entries(values)) }], {
        runningUserId: DEPLOYING_USER,
        now: () => Date.now(),
        timeZone: ADMIN_TIME_ZONE
    });
    if (id === undefined) {
        throw new Error(`${objectType} was not seeded`);
    }
    return id;
}

/**
 * A fresh org for one transaction: the project's schema, its deployed records, the standard
 * profiles and the System Administrator who runs the transaction.
 */
function newOrgSession(project: LoadedProject, hooks: TriggerHooks): OrgSession {
    // $Permission in a validation rule is the running user's custom permission, as
    // FeatureManagement.checkPermission answers it; the session exists before any DML runs.
    const created: { session?: OrgSession } = {};
    const org = new Org(project.schema, project.validationRules, {
        hooks,
        recordAccessGrants: project.recordAccessGrants,
        hasCustomPermission: (name) => {
            const session = created.session;
            if (session === undefined) {
                throw new UnsupportedError(`$Permission.${name} in a validation rule while the org deploys`);
            }
            return session.access().customPermission(name);
        }
    });
    org.seed(project.setupRecords, { runningUserId: DEPLOYING_USER, now: () => Date.now(), timeZone: ADMIN_TIME_ZONE });
    const licences = new Map(
        LICENCES.map(({ name, total, used }) => [
            name,
            seedOne(org, 'UserLicense', { name, totallicenses: total, usedlicenses: used })
        ])
    );
    const profiles = new Map<string, string>();
    const ownedSets = new Map<string, string>();
    for (const { name, userType, licence, customizeApplication } of STANDARD_PROFILES) {
        const userlicenseid = licences.get(licence) ?? null;
        const profileid = seedOne(org, 'Profile', { name, usertype: userType, userlicenseid });
        profiles.set(name, profileid);
        ownedSets.set(
            profileid,
            seedOne(org, 'PermissionSet', {
                name: null,
                label: null,
                isownedbyprofile: true,
                profileid,
                permissionscustomizeapplication: customizeApplication
            })
        );
    }
    const adminUser = seedOne(org, 'User', {
        username: 'admin@scratch.example.com',
        lastname: 'Administrator',
        // Seeded records skip the save that derives the compound Name, so it is given here.
        name: 'Administrator',
        email: 'admin@scratch.example.com',
        alias: 'admin',
        isactive: true,
        languagelocalekey: 'en_US',
        localesidkey: 'en_US',
        timezonesidkey: ADMIN_TIME_ZONE,
        emailencodingkey: 'UTF-8',
        profileid: profiles.get('System Administrator') ?? null
    });
    // The administrator holds the set their profile owns, as a user saved later does (dml/standard-behaviour.ts).
    seedOne(org, 'PermissionSetAssignment', {
        assigneeid: adminUser,
        permissionsetid: ownedSets.get(profiles.get('System Administrator') ?? '') ?? null
    });
    const session = new OrgSession(org, adminUser, ADMIN_TIME_ZONE, project.permissionSets);
    created.session = session;
    return session;
}

/** One transaction: a fresh org whose DML runs the project's triggers in this interpreter. */
export function newTransaction(project: LoadedProject, runningTest: boolean): Interpreter {
    const triggers = new ProjectTriggers(project.triggers);
    const interpreter = new Interpreter(
        project.table,
        project.system,
        standardLibrary(),
        project.schema,
        project.labels,
        newOrgSession(project, triggers),
        runningTest
    );
    triggers.attach(interpreter);
    attachEventTriggers(interpreter, triggers);
    return interpreter;
}
