import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { literal, type StaticValue } from 'lit/static-html.js';
import type { Meeting } from '../../feed/model.js';
import type { Feed } from '../../feed/validate.js';
import { resolveText } from '../../i18n/localized-text.js';
import { inLanguage, msg } from '../../i18n/msg.js';
import { downloadText } from '../../internal/download.js';
import { FeedElement } from '../../internal/feed-element.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { buildCalendar, type CalendarText } from './ics.js';
import { timelineStyles } from './recommendation-timeline.styles.js';
import { meetingName } from '../../internal/meeting-names.js';
import { kindFilterLabel, noMatch, shownCount } from './timeline-labels.js';
import {
  buildTimeline,
  localToday,
  viewTimeline,
  type Timeline,
  type TimelineOrder,
  type TimelineView,
  type VisibleGroup,
} from './timeline-model.js';
import { renderGroups, type GroupContext } from './timeline-templates.js';
import { ProgressiveController } from './progressive-controller.js';
import { WidthController } from './width-controller.js';

/** The timeline's layouts. */
export type TimelineLayout = 'vertical' | 'horizontal';

/** Outcomes rendered per animation frame while a long timeline builds up. */
const OUTCOMES_PER_FRAME = 100;

/** Below this width (in rem) of the element itself, `layout="horizontal"` shows vertically. */
export const HORIZONTAL_MIN_WIDTH_REM = 48;

const HEADINGS: Readonly<Record<number, StaticValue>> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/**
 * The meetings of the working group in time order, each with the outcomes (recommendations,
 * decisions, actions) it adopted. Outcomes that several meetings adopted together appear once,
 * under the group of those meetings ("10th and 11th meetings"). Readers filter by topic and
 * kind, choose the order, fold a group's outcomes away, follow links to the documents, and add
 * an upcoming meeting to their calendar (an `.ics` file).
 *
 * The list is an ordered list of meeting groups with a heading each; `layout="horizontal"`
 * lays the groups side by side on wide elements (scrollable with the keyboard, right to left in
 * Arabic) and falls back to the vertical list when the element is narrower than 48rem.
 *
 * @summary Meetings in time order, with the recommendations and outcomes adopted at each.
 * @tagname cop-recommendation-timeline
 *
 * @fires cop-load - The feed was loaded and rendered. `detail.count`: the outcomes the element
 *   holds after its `meeting` and `topic` presets (the reader's filters do not change it);
 *   `detail.issues`: what a partly bad feed lost.
 * @fires cop-error - The feed cannot be used (`detail: { code, message, issues? }`).
 *
 * @csspart filters - The bar of filter and order controls.
 * @csspart count - The announced number of outcomes shown (a polite live region).
 * @csspart clear-button - "Clear filters": in the bar while filters are on, in the empty state when nothing matches.
 * @csspart empty - What is shown when the filters leave nothing.
 * @csspart scroller - The box around the list; the keyboard-scrollable region in the horizontal layout.
 * @csspart list - The ordered list of meeting groups (`data-layout` says `vertical` or `horizontal`).
 * @csspart group - One meeting group (list item).
 * @csspart group-heading - The heading of a group.
 * @csspart toggle-button - The button in a group heading that shows or hides its outcomes.
 * @csspart meeting - A meeting of a group: date, location, documents, calendar button.
 * @csspart calendar-button - "Add to calendar", on meetings still ahead.
 * @csspart documents - A list of document links (of a meeting or an outcome).
 * @csspart document-link - A link to a document.
 * @csspart outcomes - The list of a group's outcomes.
 * @csspart outcome - One outcome.
 * @csspart kind - The kind tag of an outcome (Recommendation, Decision, Action).
 * @csspart topics - The topics of an outcome.
 * @csspart status - The loading message.
 * @csspart error - The feed error message and its retry button.
 * @csspart retry-button - The button that loads the feed again.
 * @csspart issues - The folded notice for feed authors listing what could not be shown.
 *
 * @cssprop --cop-timeline-line-color - Colour of the time line joining the groups. Default: `--cop-color-border`.
 * @cssprop --cop-timeline-marker-color - Colour of each group's marker on the line. Default: `--cop-color-accent`.
 * @cssprop --cop-timeline-marker-size - Diameter of a group's marker. Default: `0.875rem`.
 * @cssprop --cop-timeline-gap - Space between groups. Default: `--cop-space` (1rem).
 * @cssprop --cop-timeline-group-width - Width of a group in the horizontal layout. Default: `22rem`.
 * @cssprop --cop-timeline-tag-background - Background of kind and topic tags. Default: `--cop-color-subtle`.
 */
export class CopRecommendationTimeline extends FeedElement {
  static override styles = [sharedStyles, timelineStyles];

  /**
   * A meeting id: show only the groups that include this meeting (its own outcomes and those it
   * shares with other meetings).
   */
  @property() meeting?: string;

  /** A topic id: show only the outcomes with this topic, and the groups that hold them. */
  @property() topic?: string;

  /**
   * Time order of the groups: `asc` (earliest first, the default) or `desc`. The reader can
   * change it; the attribute gives the starting order.
   */
  @property() order: 'asc' | 'desc' = 'asc';

  /**
   * `vertical` (the default) or `horizontal`: groups side by side, scrolling sideways, when the
   * element is at least 48rem wide (narrower, it shows vertically; see `effectiveLayout`).
   */
  @property() layout: 'vertical' | 'horizontal' = 'vertical';

  /** Level of the group headings, 2 to 6 (default 3): one below the page's heading above the element. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Open document links in a new tab (they open in the same tab by default). */
  @property({ attribute: 'new-tab', type: Boolean }) newTab = false;

  @state() private topicFilter = '';
  @state() private kindFilter = '';
  @state() private collapsed: ReadonlySet<string> = new Set();

  private readonly width = new WidthController(this, HORIZONTAL_MIN_WIDTH_REM);
  private readonly progressive = new ProgressiveController<VisibleGroup>(
    this,
    (visible) => Math.max(1, visible.outcomes.length),
    OUTCOMES_PER_FRAME,
  );
  private timelineMemo?: { feed: Feed; meeting?: string; topic?: string; timeline: Timeline };
  private viewMemo?: {
    timeline: Timeline;
    topic: string;
    kind: string;
    order: TimelineOrder;
    view: TimelineView;
  };

  /**
   * The layout actually shown: `horizontal` only when `layout="horizontal"` and the element is
   * at least 48rem wide, else `vertical`.
   * @readonly
   */
  get effectiveLayout(): TimelineLayout {
    return this.layout === 'horizontal' && this.width.wide ? 'horizontal' : 'vertical';
  }

  protected override countItems(feed: Feed): number {
    return this.timelineFor(feed).count;
  }

  /** The groups after the presets, derived once per feed and presets. */
  private timelineFor(feed: Feed): Timeline {
    const meeting = this.meeting || undefined;
    const topic = this.topic || undefined;
    const memo = this.timelineMemo;
    if (memo && memo.feed === feed && memo.meeting === meeting && memo.topic === topic) return memo.timeline;
    const timeline = buildTimeline(feed, { meeting, topic });
    this.timelineMemo = { feed, meeting, topic, timeline };
    return timeline;
  }

  /** What is shown after the reader's filters and order, derived once per change of them. */
  private viewFor(timeline: Timeline): TimelineView {
    const order: TimelineOrder = this.order === 'desc' ? 'desc' : 'asc';
    const { topicFilter: topic, kindFilter: kind } = this;
    const memo = this.viewMemo;
    if (
      memo &&
      memo.timeline === timeline &&
      memo.topic === topic &&
      memo.kind === kind &&
      memo.order === order
    )
      return memo.view;
    const view = viewTimeline(timeline, { topic, kind }, order);
    this.viewMemo = { timeline, topic, kind, order, view };
    return view;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { state } = this.feedController;
    if (state.status === 'complete') this.viewFor(this.timelineFor(state.feed));
  }

  private get headingTag(): StaticValue {
    return HEADINGS[Math.round(this.headingLevel)] ?? HEADINGS[3]!;
  }

  private readonly onTopic = (event: Event) => {
    this.topicFilter = (event.target as HTMLSelectElement).value;
  };

  private readonly onKind = (event: Event) => {
    this.kindFilter = (event.target as HTMLSelectElement).value;
  };

  private readonly onOrder = (event: Event) => {
    this.order = (event.target as HTMLSelectElement).value === 'desc' ? 'desc' : 'asc';
  };

  private readonly onToggle = (event: Event) => {
    const key = (event.currentTarget as HTMLElement).dataset['key']!;
    const next = new Set(this.collapsed);
    if (!next.delete(key)) next.add(key);
    this.collapsed = next;
  };

  private readonly onClear = async () => {
    this.topicFilter = '';
    this.kindFilter = '';
    await this.updateComplete;
    // The button pressed may be gone now: keep focus in the filters.
    this.renderRoot.querySelector<HTMLElement>('.filters select')?.focus();
  };

  private readonly onCalendar = (event: Event) => {
    const id = (event.currentTarget as HTMLElement).dataset['meeting']!;
    const { state } = this.feedController;
    // The button exists only in a rendered feed, for one of its meetings.
    if (state.status !== 'complete') return;
    const meeting = this.timelineFor(state.feed).meetings.get(id)!;
    const text = inLanguage(this.language, () => this.calendarFile(meeting, state.feed));
    const fileName = `${meeting.id.replace(/[^\w.-]+/g, '-')}.ics`;
    downloadText(text, fileName, 'text/calendar;charset=utf-8', this);
  };

  /** The `.ics` text of `meeting`, in the element's language. */
  private calendarFile(meeting: Meeting, feed: Feed): string {
    const wanted = [this.language];
    const resolved = (value: Parameters<typeof resolveText>[0]): CalendarText => {
      const { text, lang } = resolveText(value, wanted, feed.defaultLanguage);
      return { text, lang };
    };
    let domain = 'cop-widgets.invalid';
    try {
      domain = new URL(this.src ?? '', document.baseURI).hostname || domain;
    } catch {
      // An unusable src has no host; the fallback keeps the UID well formed.
    }
    return buildCalendar(
      [
        {
          uid: `${meeting.id}@${domain}`,
          start: meeting.date,
          end: meeting.endDate,
          summary: meeting.title
            ? resolved(meeting.title)
            : { text: meetingName(meeting, feed.defaultLanguage), lang: this.language },
          location: meeting.location ? resolved(meeting.location) : undefined,
          description: feed.title ? resolved(feed.title) : undefined,
        },
      ],
      { now: new Date() },
    );
  }

  private renderFilters(timeline: Timeline, view: TimelineView, feed: Feed): TemplateResult {
    const { topic, kind } = view.filters;
    const order = this.order === 'desc' ? 'desc' : 'asc';
    const wanted = [this.language];
    return html`<div class="filters" part="filters">
      ${
        timeline.topics.length > 0
          ? html`<div class="field">
              <label for="topic-filter"
                >${msg('Topic', { id: 'timeline.filter.topic', desc: 'Label of the topic filter.' })}</label
              >
              <select id="topic-filter" .value=${live(topic)} @change=${this.onTopic}>
                <option value="" ?selected=${topic === ''}>
                  ${msg('All topics', { id: 'timeline.filter.topic.all', desc: 'Choice of the topic filter: no filtering.' })}
                </option>
                ${timeline.topics.map((item) => {
                  const label = resolveText(item.label, wanted, feed.defaultLanguage);
                  return html`<option value=${item.id} lang=${label.lang} ?selected=${item.id === topic}>
                    ${label.text}
                  </option>`;
                })}
              </select>
            </div>`
          : nothing
      }
      ${
        timeline.kinds.length > 0
          ? html`<div class="field">
              <label for="kind-filter"
                >${msg('Kind', { id: 'timeline.filter.kind', desc: 'Label of the filter by kind of outcome (recommendation, decision, action).' })}</label
              >
              <select id="kind-filter" .value=${live(kind)} @change=${this.onKind}>
                <option value="" ?selected=${kind === ''}>
                  ${msg('All kinds', { id: 'timeline.filter.kind.all', desc: 'Choice of the kind filter: no filtering.' })}
                </option>
                ${timeline.kinds.map(
                  (item) =>
                    html`<option value=${item} ?selected=${item === kind}>${kindFilterLabel(item)}</option>`,
                )}
              </select>
            </div>`
          : nothing
      }
      <div class="field">
        <label for="order"
          >${msg('Order', { id: 'timeline.order', desc: 'Label of the choice of time order of the meetings.' })}</label
        >
        <select id="order" .value=${live(order)} @change=${this.onOrder}>
          <option value="asc" ?selected=${order === 'asc'}>
            ${msg('Oldest first', { id: 'timeline.order.asc', desc: 'Choice of time order: earliest meeting first.' })}
          </option>
          <option value="desc" ?selected=${order === 'desc'}>
            ${msg('Newest first', { id: 'timeline.order.desc', desc: 'Choice of time order: latest meeting first.' })}
          </option>
        </select>
      </div>
      ${(topic !== '' || kind !== '') && view.groups.length > 0 ? this.renderClear() : nothing}
    </div>`;
  }

  private renderClear(): TemplateResult {
    return html`<button part="clear-button" class="clear" type="button" @click=${this.onClear}>
      ${msg('Clear filters', { id: 'timeline.filter.clear', desc: 'Button: remove the topic and kind filters.' })}
    </button>`;
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const timeline = this.timelineFor(feed);
    const view = this.viewFor(timeline);
    const layout = this.effectiveLayout;
    const limit = this.progressive.limit(view.groups);
    const horizontal = layout === 'horizontal';
    const filtered = view.filters.topic !== '' || view.filters.kind !== '';
    const context: GroupContext = {
      language: this.language,
      defaultLanguage: feed.defaultLanguage,
      heading: this.headingTag,
      newTab: this.newTab,
      today: localToday(),
      collapsed: this.collapsed,
      topics: timeline.topicLabels,
      onToggle: this.onToggle,
      onCalendar: this.onCalendar,
    };
    let status: string;
    if (view.groups.length > 0) status = shownCount(view.count);
    else if (filtered) status = noMatch();
    else
      status = msg('There are no meetings or outcomes to show.', {
        id: 'timeline.empty',
        desc: 'Shown when the feed, with the page’s preset meeting or topic, has nothing for the timeline.',
      });

    return html`${this.renderFilters(timeline, view, feed)}
      <p class="count" part="count" data-announce>${status}</p>
      ${
        view.groups.length === 0
          ? filtered
            ? html`<div class="empty" part="empty">${this.renderClear()}</div>`
            : nothing
          : html`<div
              class="scroller"
              part="scroller"
              tabindex=${ifDefined(horizontal ? 0 : undefined)}
              role=${ifDefined(horizontal ? 'region' : undefined)}
              aria-label=${
                horizontal
                  ? msg('Timeline of meetings, scrolls sideways', {
                      id: 'timeline.scroller',
                      desc: 'Accessible name of the sideways-scrolling box holding the horizontal timeline.',
                    })
                  : nothing
              }
            >
              <ol
                class="groups"
                part="list"
                data-layout=${layout}
                ?data-long=${view.count > OUTCOMES_PER_FRAME}
                aria-busy=${limit < view.groups.length ? 'true' : 'false'}
              >
                ${renderGroups(view.groups.slice(0, limit), context)}
              </ol>
            </div>`
      }`;
  }
}
