/**
 * The templates of one meeting group: its heading (a disclosure button), its meetings (dates,
 * location, documents, calendar), and its outcomes. Plain functions of precomputed data; they
 * run while the element renders, so `msg()` and the formatters answer in its language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import type { FeedDocument, LocalizedText } from '../../feed/model.js';
import { formatDate, formatDateRange, languageName } from '../../i18n/format.js';
import { baseOf, type Language } from '../../i18n/language.js';
import { renderText } from '../../i18n/localized-text.js';
import { msg, str } from '../../i18n/msg.js';
import { groupName, meetingName } from '../../internal/meeting-names.js';
import { kindLabel, outcomeCount } from './timeline-labels.js';
import {
  isUpcoming,
  type TimelineMeeting,
  type TimelineOutcome,
  type VisibleGroup,
} from './timeline-model.js';

/** What the group templates need from the element. */
export interface GroupContext {
  language: Language;
  defaultLanguage: string;
  /** The group heading's tag (`h2`…`h6`), a static literal. */
  heading: StaticValue;
  /** Links open in a new tab. */
  newTab: boolean;
  /** The reader's date, `YYYY-MM-DD`: meetings from then on offer a calendar file. */
  today: string;
  /** Keys of the groups whose outcomes are folded away. */
  collapsed: ReadonlySet<string>;
  /** Topic labels by id. */
  topics: ReadonlyMap<string, LocalizedText>;
  /** Click on a group's disclosure button (carries `data-key`). */
  onToggle: (event: Event) => void;
  /** Click on a meeting's calendar button (carries `data-meeting`). */
  onCalendar: (event: Event) => void;
}

function text(value: LocalizedText, context: GroupContext): TemplateResult | string {
  return renderText(value, context.language, context.defaultLanguage);
}

/** A link to `document`'s file in the reader's language, else its first file. */
function renderDocument(document: FeedDocument, context: GroupContext): TemplateResult {
  const file = document.files.find((f) => baseOf(f.lang) === context.language) ?? document.files[0]!;
  const other = baseOf(file.lang) !== context.language;
  return html`<li>
    <a
      part="document-link"
      href=${file.url}
      hreflang=${file.lang}
      target=${context.newTab ? '_blank' : nothing}
      rel=${context.newTab ? 'noopener noreferrer' : nothing}
      >${text(document.title, context)}${
        context.newTab
          ? html`<span class="visually-hidden">
              ${msg('(opens in a new tab)', {
                id: 'timeline.link.new-tab',
                desc: 'Read by screen readers after a link that opens in a new tab.',
              })}</span
            >`
          : nothing
      }</a
    >${other ? html` <span class="file-language">${languageName(file.lang)}</span>` : nothing}
  </li>`;
}

function renderDocuments(documents: FeedDocument[], label: string, context: GroupContext) {
  if (documents.length === 0) return nothing;
  return html`<div class="documents" part="documents">
    <span class="label">${label}</span>
    <ul class="links">
      ${documents.map((document) => renderDocument(document, context))}
    </ul>
  </div>`;
}

/** The date (or period) of a meeting, in `<time datetime>`. */
function renderDate(start: string, end: string | undefined): TemplateResult {
  const shown = end === undefined || end === start ? formatDate(start) : formatDateRange(start, end);
  return html`<time datetime=${start}>${shown}</time>`;
}

/** A meeting: (its name, in a group of several), date, location, documents, calendar file. */
function renderMeeting(
  { meeting, documents }: TimelineMeeting,
  context: GroupContext,
  named: boolean,
): TemplateResult {
  const name = meetingName(meeting, context.defaultLanguage);
  return html`${named ? html`<span class="meeting-name">${name}</span>` : nothing}
    <span class="when">${renderDate(meeting.date, meeting.endDate)}</span>
    ${meeting.location ? html`<span class="location">${text(meeting.location, context)}</span>` : nothing}
    ${renderDocuments(
      documents,
      msg('Meeting documents:', {
        id: 'timeline.meeting.documents',
        desc: 'Label before the links to the documents of a meeting (its outcome report, contributions…).',
      }),
      context,
    )}
    ${
      isUpcoming(meeting, context.today)
        ? html`<button
            part="calendar-button"
            class="calendar"
            type="button"
            data-meeting=${meeting.id}
            aria-label=${msg(str`Add to calendar: ${name}`, {
              id: 'timeline.calendar.label',
              desc: 'Accessible name of the button that downloads an .ics calendar file for a meeting; must start with the visible text "Add to calendar". {0} is the meeting, e.g. "15th meeting".',
            })}
            @click=${context.onCalendar}
          >
            ${msg('Add to calendar', {
              id: 'timeline.calendar',
              desc: 'Button: download the meeting as a calendar file (.ics) to add it to a calendar.',
            })}
          </button>`
        : nothing
    }`;
}

function renderOutcome({ recommendation, documents }: TimelineOutcome, context: GroupContext) {
  const { kind, details, topics } = recommendation;
  return html`<li class="outcome" part="outcome">
    ${kind ? html`<span class="kind" part="kind" data-kind=${kind}>${kindLabel(kind)}</span>` : nothing}
    <p class="text">${text(recommendation.text, context)}</p>
    ${
      details && details.length > 0
        ? html`<ul class="details">
            ${details.map((detail) => html`<li>${text(detail, context)}</li>`)}
          </ul>`
        : nothing
    }
    ${
      topics && topics.length > 0
        ? html`<div class="topics" part="topics">
            <span class="label"
              >${msg('Topics:', {
                id: 'timeline.outcome.topics',
                desc: 'Label before the list of topics an outcome is about.',
              })}</span
            >
            <ul class="tags">
              ${topics.map((id) => {
                const label = context.topics.get(id);
                return html`<li>${label === undefined ? id : text(label, context)}</li>`;
              })}
            </ul>
          </div>`
        : nothing
    }
    ${renderDocuments(
      documents,
      msg('Documents:', {
        id: 'timeline.outcome.documents',
        desc: 'Label before the links to the documents an outcome refers to.',
      }),
      context,
    )}
  </li>`;
}

/** One meeting group: heading, meetings, and its outcomes (folded or not). */
function renderGroup({ group, outcomes }: VisibleGroup, context: GroupContext): TemplateResult {
  const meetings = group.meetings.map(({ meeting }) => meeting);
  const name = groupName(meetings, context.defaultLanguage);
  const several = group.meetings.length > 1;
  const expanded = !context.collapsed.has(group.key);
  const outcomesId = `${group.id}-outcomes`;
  const heading =
    group.outcomes.length === 0
      ? html`<span class="group-name">${name}</span>`
      : html`<button
          part="toggle-button"
          class="toggle"
          type="button"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls=${outcomesId}
          data-key=${group.key}
          @click=${context.onToggle}
        >
          <span class="group-name">${name}</span>
          <span class="group-count">${outcomeCount(outcomes.length)}</span>
        </button>`;

  return html`<li class="group" part="group" data-key=${group.key}>
    ${staticHtml`<${context.heading} class="group-heading" part="group-heading">${heading}</${context.heading}>`}
    ${
      several
        ? html`<p class="period">${renderDate(group.start, group.end)}</p>
            <ul class="meetings">
              ${group.meetings.map(
                (meeting) =>
                  html`<li class="meeting" part="meeting">${renderMeeting(meeting, context, true)}</li>`,
              )}
            </ul>`
        : html`<div class="meeting" part="meeting">${renderMeeting(group.meetings[0]!, context, false)}</div>`
    }
    ${
      group.outcomes.length === 0
        ? html`<p class="no-outcomes">
            ${msg('No outcomes are recorded for this meeting.', {
              id: 'timeline.group.no-outcomes',
              desc: 'Shown under a meeting that has no recorded recommendations, decisions or actions.',
            })}
          </p>`
        : html`<ul id=${outcomesId} class="outcomes" part="outcomes" ?hidden=${!expanded}>
            ${repeat(
              outcomes,
              (outcome) => outcome.recommendation.id,
              (outcome) =>
                guard([outcome, context.language, context.newTab, context.topics], () =>
                  renderOutcome(outcome, context),
                ),
            )}
          </ul>`
    }
  </li>`;
}

/**
 * The meeting groups, keyed so that filtering moves and removes DOM instead of rewriting it,
 * and guarded so that a re-render (a group folded, the count announced) skips every group and
 * outcome whose data did not change: a long timeline stays within a frame.
 */
export function renderGroups(groups: readonly VisibleGroup[], context: GroupContext) {
  return repeat(
    groups,
    (visible) => visible.group.key,
    (visible) =>
      guard(
        [
          visible.group,
          visible.outcomes,
          context.collapsed.has(visible.group.key),
          context.language,
          context.newTab,
          context.today,
          context.heading,
          context.topics,
        ],
        () => renderGroup(visible, context),
      ),
  );
}
