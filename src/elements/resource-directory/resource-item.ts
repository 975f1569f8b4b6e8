/**
 * The resources of the directory: each as a list item — its title as a link (to a new tab when it
 * is on another site), its description, and its details (scope, region, countries, kind,
 * stakeholder, topics and languages) in the reader's language — in one list, or in groups
 * under headings.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Resource } from '../../feed/model.js';
import type { Feed } from '../../feed/validate.js';
import { compareText, formatList } from '../../i18n/format.js';
import { directionOf } from '../../i18n/language.js';
import type { Language } from '../../i18n/language.js';
import { renderText } from '../../i18n/localized-text.js';
import { msg } from '../../i18n/msg.js';
import type { DirectoryIndex, FacetName, Label } from './facets.js';
import type { DirectoryView, ResultGroup } from './view.js';
import { valuesOf } from './facets.js';
import { facetLegend } from './labels.js';

/** A label, isolated with its own `lang` and `dir` when it is in another language. */
export function renderLabel(label: Label): TemplateResult | string {
  return label.lang === undefined
    ? label.text
    : html`<bdi lang=${label.lang} dir=${directionOf(label.lang)}>${label.text}</bdi>`;
}

/** Whether `url` is on another site than the page, and so opens in a new tab. */
export function opensNewTab(url: string): boolean {
  // Feed URLs are absolute http(s) addresses once validated.
  return new URL(url, document.baseURI).origin !== location.origin;
}

/** A link to `url`: in a new tab, safely and said so, when it leads to another site. */
export function renderLink(url: string, part: string, content: unknown): TemplateResult {
  if (!opensNewTab(url)) return html`<a part=${part} href=${url}>${content}</a>`;
  return html`<a part=${part} href=${url} target="_blank" rel="noopener noreferrer"
    >${content}<span class="visually-hidden">
      ${msg('(opens in a new tab)', {
        id: 'directory.new-tab',
        desc: 'Resource directory: read by screen readers after a link that opens in a new tab.',
      })}</span
    ></a
  >`;
}

function labelsOf(index: DirectoryIndex, resource: Resource, facet: FacetName): Label[] {
  return valuesOf(resource, facet).map((value) => index.label(facet, value));
}

/** One detail: its term and value, straight in the list (no wrapper: fewer elements per card). */
function detail(term: string, value: unknown): TemplateResult {
  return html`<dt>${term}</dt>
    <dd>${value}</dd>`;
}

/** The details of a resource, as a description list; details it lacks are left out. */
function renderDetails(index: DirectoryIndex, resource: Resource): TemplateResult {
  const text = (facet: FacetName) =>
    labelsOf(index, resource, facet)
      .map((label) => label.text)
      .sort(compareText);
  const countries = text('country');
  const languages = text('language');
  const topics = labelsOf(index, resource, 'topic');
  const only = (facet: FacetName) => renderLabel(labelsOf(index, resource, facet)[0]!);
  return html`<dl part="resource-details" class="details">
    ${detail(facetLegend('kind'), only('kind'))} ${detail(facetLegend('scope'), only('scope'))}
    ${resource.region === undefined ? nothing : detail(facetLegend('region'), only('region'))}
    ${
      countries.length === 0
        ? nothing
        : detail(
            countries.length === 1
              ? msg('Country', {
                  id: 'directory.detail.country',
                  desc: 'Resource directory: detail, one country.',
                })
              : msg('Countries', {
                  id: 'directory.detail.countries',
                  desc: 'Resource directory: detail, the countries of a resource (two or more).',
                }),
            formatList(countries),
          )
    }
    ${resource.stakeholder === undefined ? nothing : detail(facetLegend('stakeholder'), only('stakeholder'))}
    ${
      topics.length === 0
        ? nothing
        : detail(
            msg('Topics', {
              id: 'directory.detail.topics',
              desc: 'Resource directory: detail, the topics of a resource.',
            }),
            html`<ul class="tags">
              ${topics.map((label) => html`<li>${renderLabel(label)}</li>`)}
            </ul>`,
          )
    }
    ${
      languages.length === 0
        ? nothing
        : detail(
            msg('Available in', {
              id: 'directory.detail.languages',
              desc: 'Resource directory: detail, followed by the languages a resource is available in.',
            }),
            formatList(languages),
          )
    }
  </dl>`;
}

/** One resource as a list item, its title a heading of `level`. */
export function renderResource(
  index: DirectoryIndex,
  position: number,
  feed: Feed,
  language: Language,
  level: number,
): TemplateResult {
  const resource = index.resources[position]!;
  const title = renderText(resource.title, language, feed.defaultLanguage);
  return html`<li part="resource" class="resource">
    <div part="resource-title" class="title" role="heading" aria-level=${level}>
      ${renderLink(resource.url, 'resource-link', title)}
    </div>
    ${
      resource.description === undefined
        ? nothing
        : html`<p part="resource-description" class="description">
            ${renderText(resource.description, language, feed.defaultLanguage)}
          </p>`
    }
    ${renderDetails(index, resource)}
  </li>`;
}

/** Where the results stand: the feed, the reader's language, and the heading level to use. */
export interface ResultsContext {
  feed: Feed;
  language: Language;
  /** The level of group headings, or of resource titles when not grouped. */
  level: number;
}

/**
 * The results: one list when `grouped` is false, else a section per group under a heading of
 * `context.level`, its resource titles a level below.
 */
export function renderGroups(
  view: DirectoryView,
  groups: ResultGroup[],
  grouped: boolean,
  { feed, language, level }: ResultsContext,
): TemplateResult {
  const list = (positions: number[], titleLevel: number) =>
    html`<ul part="results" class="results">
      ${positions.map((position) => renderResource(view.index, position, feed, language, titleLevel))}
    </ul>`;
  if (!grouped) return list(groups[0]?.positions ?? [], level);
  return html`${groups.map(
    (group, i) =>
      html`<section part="group" class="group" aria-labelledby="group-${i}">
        <div part="group-heading" class="group-heading" role="heading" aria-level=${level} id="group-${i}">
          ${
            group.label
              ? renderLabel(group.label)
              : msg('Not specific to one region', {
                  id: 'directory.group.no-region',
                  desc: 'Resource directory: heading of the group of resources that have no ITU region (worldwide ones).',
                })
          }
        </div>
        ${list(group.positions, Math.min(level + 1, 6))}
      </section>`,
  )}`;
}
