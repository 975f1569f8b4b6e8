/**
 * The words of the resource directory for the feed's fixed vocabularies (scope, ITU region, kind,
 * stakeholder) and its facets, in the language being rendered. Countries and languages are
 * named by `Intl` (format.ts); topics by the feed.
 */
import type { Resource } from '../../feed/model.js';
import { formatNumber } from '../../i18n/format.js';
import { msg, str } from '../../i18n/msg.js';
import { plural } from '../../i18n/plural.js';
import type { FacetName } from './facets.js';

/** The legend of a facet's checkbox group, and the name of that detail on a resource. */
export function facetLegend(facet: FacetName): string {
  switch (facet) {
    case 'scope':
      return msg('Scope', {
        id: 'directory.facet.scope',
        desc: 'Resource directory: facet legend and detail, national, regional or international.',
      });
    case 'region':
      return msg('ITU region', {
        id: 'directory.facet.region',
        desc: 'Resource directory: facet legend and detail, the ITU region of a resource.',
      });
    case 'country':
      return msg('Country', {
        id: 'directory.facet.country',
        desc: 'Resource directory: facet legend, the countries resources come from.',
      });
    case 'kind':
      return msg('Type of resource', {
        id: 'directory.facet.kind',
        desc: 'Resource directory: facet legend and detail, case study, good practice, guideline…',
      });
    case 'stakeholder':
      return msg('Stakeholder', {
        id: 'directory.facet.stakeholder',
        desc: 'Resource directory: facet legend and detail, who publishes the resource (government, industry…).',
      });
    case 'topic':
      return msg('Topic', {
        id: 'directory.facet.topic',
        desc: 'Resource directory: facet legend, the topics of child online protection.',
      });
    case 'language':
      return msg('Language of the resource', {
        id: 'directory.facet.language',
        desc: 'Resource directory: facet legend, the languages a resource is available in.',
      });
  }
}

/** National, regional or international. */
export function scopeLabel(scope: Resource['scope']): string {
  switch (scope) {
    case 'national':
      return msg('National', {
        id: 'directory.scope.national',
        desc: 'Resource directory: scope of a resource, about one country.',
      });
    case 'regional':
      return msg('Regional', {
        id: 'directory.scope.regional',
        desc: 'Resource directory: scope of a resource, about one region of the world.',
      });
    case 'international':
      return msg('International', {
        id: 'directory.scope.international',
        desc: 'Resource directory: scope of a resource, worldwide.',
      });
  }
}

/** An ITU region, by its official name. */
export function regionLabel(region: NonNullable<Resource['region']>): string {
  switch (region) {
    case 'africa':
      return msg('Africa', { id: 'directory.region.africa', desc: 'Resource directory: ITU region.' });
    case 'americas':
      return msg('Americas', {
        id: 'directory.region.americas',
        desc: 'Resource directory: ITU region (North, Central and South America).',
      });
    case 'arab-states':
      return msg('Arab States', {
        id: 'directory.region.arab-states',
        desc: 'Resource directory: ITU region.',
      });
    case 'asia-pacific':
      return msg('Asia-Pacific', {
        id: 'directory.region.asia-pacific',
        desc: 'Resource directory: ITU region.',
      });
    case 'cis':
      return msg('CIS', {
        id: 'directory.region.cis',
        desc: 'Resource directory: ITU region, the Commonwealth of Independent States.',
      });
    case 'europe':
      return msg('Europe', { id: 'directory.region.europe', desc: 'Resource directory: ITU region.' });
  }
}

/** A kind of resource. */
export function kindLabel(kind: Resource['kind']): string {
  switch (kind) {
    case 'case-study':
      return msg('Case study', {
        id: 'directory.kind.case-study',
        desc: 'Resource directory: kind of resource.',
      });
    case 'good-practice':
      return msg('Good practice', {
        id: 'directory.kind.good-practice',
        desc: 'Resource directory: kind of resource.',
      });
    case 'guideline':
      return msg('Guideline', {
        id: 'directory.kind.guideline',
        desc: 'Resource directory: kind of resource.',
      });
    case 'research':
      return msg('Research', {
        id: 'directory.kind.research',
        desc: 'Resource directory: kind of resource (a study, a survey).',
      });
    case 'campaign':
      return msg('Campaign', {
        id: 'directory.kind.campaign',
        desc: 'Resource directory: kind of resource (an awareness campaign).',
      });
    case 'helpline':
      return msg('Helpline or hotline', {
        id: 'directory.kind.helpline',
        desc: 'Resource directory: kind of resource (a service to call or to report abuse to).',
      });
    case 'tool':
      return msg('Tool', {
        id: 'directory.kind.tool',
        desc: 'Resource directory: kind of resource (software, a toolkit).',
      });
    case 'other':
      return msg('Other', {
        id: 'directory.kind.other',
        desc: 'Resource directory: kind of resource, none of the others.',
      });
  }
}

/** Who publishes a resource. */
export function stakeholderLabel(stakeholder: NonNullable<Resource['stakeholder']>): string {
  switch (stakeholder) {
    case 'government':
      return msg('Government', {
        id: 'directory.stakeholder.government',
        desc: 'Resource directory: stakeholder publishing a resource.',
      });
    case 'industry':
      return msg('Industry', {
        id: 'directory.stakeholder.industry',
        desc: 'Resource directory: stakeholder publishing a resource (companies).',
      });
    case 'civil-society':
      return msg('Civil society', {
        id: 'directory.stakeholder.civil-society',
        desc: 'Resource directory: stakeholder publishing a resource.',
      });
    case 'academia':
      return msg('Academia', {
        id: 'directory.stakeholder.academia',
        desc: 'Resource directory: stakeholder publishing a resource (universities).',
      });
    case 'international-organization':
      return msg('International organization', {
        id: 'directory.stakeholder.international-organization',
        desc: 'Resource directory: stakeholder publishing a resource.',
      });
    case 'youth':
      return msg('Children and young people', {
        id: 'directory.stakeholder.youth',
        desc: 'Resource directory: stakeholder publishing a resource.',
      });
  }
}

/** "12 resources", in every plural form. */
export function resourceCount(count: number): string {
  const n = formatNumber(count);
  return plural(count, {
    zero: () =>
      msg(str`${n} resources`, {
        id: 'directory.count.zero',
        desc: 'Resource directory: number of results. Plural form: zero.',
      }),
    one: () =>
      msg(str`${n} resource`, {
        id: 'directory.count.one',
        desc: 'Resource directory: number of results. Plural form: one.',
      }),
    two: () =>
      msg(str`${n} resources`, {
        id: 'directory.count.two',
        desc: 'Resource directory: number of results. Plural form: two.',
      }),
    few: () =>
      msg(str`${n} resources`, {
        id: 'directory.count.few',
        desc: 'Resource directory: number of results. Plural form: few.',
      }),
    many: () =>
      msg(str`${n} resources`, {
        id: 'directory.count.many',
        desc: 'Resource directory: number of results. Plural form: many.',
      }),
    other: () =>
      msg(str`${n} resources`, {
        id: 'directory.count.other',
        desc: 'Resource directory: number of results. Plural form: other.',
      }),
  });
}
