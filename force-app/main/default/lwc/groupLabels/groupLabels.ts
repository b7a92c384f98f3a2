import type { GroupKind, GroupLanguage, GroupPrivacy, GroupRegion, GroupRole, GroupScope } from '@dto/enumerations';
import type { GroupCard } from '@dto/groups';
import type { FacetValue } from '@dto/repository';
import { formatLabel, isolated, labelIn, optionsOf, pageLanguage, type Option } from 'c/labelFormat';
import LABEL_ARABIC from '@salesforce/label/c.Language_Arabic';
import LABEL_COMMITMENT from '@salesforce/label/c.Group_Commitment_Badge';
import LABEL_ENGLISH from '@salesforce/label/c.Language_English';
import LABEL_FRENCH from '@salesforce/label/c.Language_French';
import LABEL_KIND_CONVERSATION from '@salesforce/label/c.Conversation_Kind';
import LABEL_KIND_COP from '@salesforce/label/c.Group_Kind_Community_Of_Practice';
import LABEL_KIND_PEER from '@salesforce/label/c.Group_Kind_Peer_Group';
import LABEL_MEMBERS from '@salesforce/label/c.Group_Members_Count';
import LABEL_MULTI from '@salesforce/label/c.Language_Multi';
import LABEL_PRIVACY_OPEN from '@salesforce/label/c.Group_Privacy_Open';
import LABEL_PRIVACY_RESTRICTED from '@salesforce/label/c.Group_Privacy_Restricted';
import LABEL_REGION_AFRICA from '@salesforce/label/c.Region_Africa';
import LABEL_REGION_ASIA from '@salesforce/label/c.Region_Asia_Pacific';
import LABEL_REGION_EUROPE from '@salesforce/label/c.Region_Europe';
import LABEL_REGION_LATIN from '@salesforce/label/c.Region_Latin_America_Caribbean';
import LABEL_REGION_MENA from '@salesforce/label/c.Region_Middle_East_North_Africa';
import LABEL_REGION_NORTH from '@salesforce/label/c.Region_North_America';
import LABEL_ROLE_FACILITATOR from '@salesforce/label/c.Group_Role_Facilitator';
import LABEL_ROLE_MEMBER from '@salesforce/label/c.Group_Role_Member';
import LABEL_ROLE_OWNER from '@salesforce/label/c.Group_Role_Owner';
import LABEL_SCOPE_COUNTRY from '@salesforce/label/c.Group_Scope_Country';
import LABEL_SCOPE_GLOBAL from '@salesforce/label/c.Group_Scope_Global';
import LABEL_SCOPE_NONE from '@salesforce/label/c.Group_Scope_None';
import LABEL_SCOPE_REGIONAL from '@salesforce/label/c.Group_Scope_Regional';
import LABEL_SPANISH from '@salesforce/label/c.Language_Spanish';
import LABEL_FACET_VALUE from '@salesforce/label/c.Repository_Facet_Value';

export type { Option };

/** The kinds a group is created with or filtered on; a direct conversation is started elsewhere and never listed. */
export const KIND_OPTIONS: Option<GroupKind>[] = [
    { label: LABEL_KIND_PEER, value: 'Peer_Group' },
    { label: LABEL_KIND_COP, value: 'Community_Of_Practice' }
];

const KIND_LABELS: Record<GroupKind, string> = {
    Peer_Group: LABEL_KIND_PEER,
    Community_Of_Practice: LABEL_KIND_COP,
    Conversation: LABEL_KIND_CONVERSATION
};

// Tables keyed by the picklist unions (types/dto/enumerations.d.ts): a value added to the picklist fails tsc here.
export const LANGUAGE_OPTIONS: Option<GroupLanguage>[] = optionsOf<GroupLanguage>({
    en: LABEL_ENGLISH,
    fr: LABEL_FRENCH,
    es: LABEL_SPANISH,
    ar: LABEL_ARABIC,
    multi: LABEL_MULTI
});

export const SCOPE_OPTIONS: Option<GroupScope>[] = optionsOf<GroupScope>({
    Global: LABEL_SCOPE_GLOBAL,
    Regional: LABEL_SCOPE_REGIONAL,
    Country: LABEL_SCOPE_COUNTRY,
    None: LABEL_SCOPE_NONE
});

export const REGION_OPTIONS: Option<GroupRegion>[] = optionsOf<GroupRegion>({
    Africa: LABEL_REGION_AFRICA,
    Asia_Pacific: LABEL_REGION_ASIA,
    Europe: LABEL_REGION_EUROPE,
    Latin_America_Caribbean: LABEL_REGION_LATIN,
    Middle_East_North_Africa: LABEL_REGION_MENA,
    North_America: LABEL_REGION_NORTH
});

export const PRIVACY_OPTIONS: Option<GroupPrivacy>[] = optionsOf<GroupPrivacy>({
    Open: LABEL_PRIVACY_OPEN,
    Restricted: LABEL_PRIVACY_RESTRICTED
});

export const ROLE_LABELS: Record<GroupRole, string> = {
    Owner: LABEL_ROLE_OWNER,
    Facilitator: LABEL_ROLE_FACILITATOR,
    Member: LABEL_ROLE_MEMBER
};

/** The label of a value among options; the value itself when it is not one of them. */
export function labelOf(options: Option[], value: string | null | undefined): string {
    return options.find((option) => option.value === value)?.label ?? value ?? '';
}

/** The page language, which sites and the preview set on the root element. */
/**
 * Countries in the reader's language, from the browser's own locale data, so no
 * translated list has to be kept. Codes the browser does not name (and groupings
 * such as the EU or the UN) are left out, and so is UK: the browser names it as it
 * names GB, the code records hold, so the list would offer the country twice.
 */
export function countryOptions(): Option[] {
    const names = new Intl.DisplayNames([pageLanguage()], { type: 'region', fallback: 'none' });
    const groupings = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', 'UK']);
    const options: Option[] = [];
    for (let first = 65; first <= 90; first++) {
        for (let second = 65; second <= 90; second++) {
            const code = String.fromCharCode(first, second);
            const name = groupings.has(code) ? undefined : names.of(code);
            if (name) {
                options.push({ label: name, value: code });
            }
        }
    }
    return options.sort((left, right) => left.label.localeCompare(right.label, pageLanguage()));
}

/** A country's name in the reader's language, or its code when unknown. */
export function countryName(code: string | null | undefined): string {
    if (!code) {
        return '';
    }
    return new Intl.DisplayNames([pageLanguage()], { type: 'region', fallback: 'code' }).of(code) ?? code;
}

/** "Commitment 3" for CHS2014:3. */
export function commitmentLabel(key: string): string {
    return formatLabel(LABEL_COMMITMENT, key.substring(key.indexOf(':') + 1));
}

/** What a card or a page header says about a group, in the reader's language. */
export interface GroupDescription {
    kind: string;
    /** A direct conversation: its privacy, language, place and commitments say nothing. */
    isConversation: boolean;
    /** Alliance communities of practice stand out from peer groups. */
    kindClass: string;
    privacy: string;
    privacyIcon: string;
    language: string;
    /** "Regional · Africa", "Country · Kenya", or the scope alone. */
    place: string;
    commitments: { key: string; label: string }[];
    memberCount: string;
}

export function describeGroup(group: GroupCard): GroupDescription {
    const scope = labelOf(SCOPE_OPTIONS, group.scope);
    let place = scope;
    if (group.scope === 'Regional') {
        place = `${scope} · ${labelOf(REGION_OPTIONS, group.region)}`;
    } else if (group.scope === 'Country') {
        place = `${scope} · ${countryName(group.country)}`;
    }
    return {
        kind: labelIn(KIND_LABELS, group.kind),
        isConversation: group.kind === 'Conversation',
        kindClass: group.kind === 'Community_Of_Practice' ? 'slds-theme_info' : '',
        privacy: labelOf(PRIVACY_OPTIONS, group.privacy),
        privacyIcon: group.privacy === 'Restricted' ? 'utility:lock' : 'utility:unlock',
        language: labelOf(LANGUAGE_OPTIONS, group.language),
        place,
        commitments: group.commitments.map((key) => ({ key, label: commitmentLabel(key) })),
        memberCount: formatLabel(LABEL_MEMBERS, group.memberCount)
    };
}

/**
 * The choices of a directory filter: only the values that find something, each with how many
 * ("Jordan (2)"), in the list's own order; every choice while the counts are unknown. A value
 * the list does not know (added since) is offered under the fallback's name, or as stored.
 */
export function countedOptions(
    options: Option[],
    counted: FacetValue[] | undefined,
    fallback: (value: string) => string = (value) => value
): Option[] {
    if (!counted) {
        return options;
    }
    const counts = new Map(counted.map((value) => [value.value, value.count]));
    const known = new Set(options.map((option) => option.value));
    const unknown = counted
        .filter((value) => !known.has(value.value))
        .map((value) => ({ label: fallback(value.value), value: value.value }));
    return [...options.filter((option) => counts.has(option.value)), ...unknown].map((option) => ({
        label: formatLabel(LABEL_FACET_VALUE, isolated(option.label), counts.get(option.value) ?? 0),
        value: option.value
    }));
}
