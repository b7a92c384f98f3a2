import type { WorkingLanguage } from '@dto/enumerations';
import type { OrganisationCard } from '@dto/organisations';
import type { StandardFramework } from '@dto/taxonomy';
import { countryName } from 'c/groupLabels';
import { formatLabel, labelIn, pageLanguage, type Option } from 'c/labelFormat';
import { ORGANISATION_TYPE_LABELS, languageName, taxonomyOf, valueLabel } from 'c/repositoryLabels';
import LABEL_COUNTRY from '@salesforce/label/c.Group_Field_Country';
import LABEL_COUNTS from '@salesforce/label/c.Organisation_Counts';
import LABEL_LANGUAGES from '@salesforce/label/c.Organisation_Languages';
import LABEL_OPEN from '@salesforce/label/c.Group_Open';
import LABEL_TYPE from '@salesforce/label/c.Repository_Facet_Organisation_Type';

/** Every value of the picklist, so tsc names this table when the picklist gains one. */
const IS_WORKING_LANGUAGE: Record<WorkingLanguage, true> = {
    en: true,
    fr: true,
    es: true,
    ar: true,
    pt: true,
    ru: true,
    sw: true
};

/** The languages an organisation may say it works in, as the server accepts them. */
export const WORKING_LANGUAGES = Object.keys(IS_WORKING_LANGUAGE) as WorkingLanguage[];

/** Element kinds a member can look for peers by: CHS commitments and CPMS pillars. */
const COMMITMENT_KINDS = new Set(['Commitment', 'Pillar']);

/** The working languages, named in the reader's language. */
export function languageOptions(): Option[] {
    return WORKING_LANGUAGES.map((code) => ({ label: languageName(code), value: code }));
}

/** Commitments and pillars in the standards' order, named as the repository names them. */
export function commitmentOptions(frameworks: StandardFramework[] | undefined): Option[] {
    const taxonomy = taxonomyOf(undefined, frameworks);
    return (frameworks ?? [])
        .flatMap((framework) => framework.elements)
        .filter((element) => COMMITMENT_KINDS.has(element.kind))
        .map((element) => {
            const key = `${element.frameworkCode}:${element.code}`;
            return { label: valueLabel('commitment', key, taxonomy), value: key };
        });
}

/** One fact about an organisation, named for screen readers. */
export interface OrganisationFact {
    key: string;
    name: string;
    value: string;
}

/** What a card or an organisation's page says about an organisation, in the reader's language. */
export interface OrganisationDescription {
    id: string;
    name: string;
    /** Names the button that opens it: "Open <name>". */
    openLabel: string;
    /** Type, country and working languages, those that are known. */
    facts: OrganisationFact[];
    commitments: Option[];
    hasCommitments: boolean;
    counts: string;
}

/** Commitments not in the standards loaded (yet) show as their keys. */
export function describeOrganisation(
    card: OrganisationCard,
    frameworks: StandardFramework[] | undefined
): OrganisationDescription {
    const taxonomy = taxonomyOf(undefined, frameworks);
    const number = new Intl.NumberFormat(pageLanguage());
    const list = new Intl.ListFormat(pageLanguage(), { style: 'short', type: 'unit' });
    const known = [
        { key: 'type', name: LABEL_TYPE, value: labelIn(ORGANISATION_TYPE_LABELS, card.organisationType) },
        { key: 'country', name: LABEL_COUNTRY, value: countryName(card.country) },
        { key: 'languages', name: LABEL_LANGUAGES, value: list.format(card.languages.map(languageName)) }
    ];
    const commitments = card.commitments.map((key) => ({
        value: key,
        label: valueLabel('commitment', key, taxonomy)
    }));
    return {
        id: card.id,
        name: card.name,
        openLabel: formatLabel(LABEL_OPEN, card.name),
        facts: known.filter((fact) => fact.value),
        commitments,
        hasCommitments: commitments.length > 0,
        counts: formatLabel(LABEL_COUNTS, number.format(card.resourceCount), number.format(card.groupCount))
    };
}
