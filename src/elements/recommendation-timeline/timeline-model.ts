/**
 * What the timeline shows, derived from a feed once per feed and presets ({@link buildTimeline}),
 * then narrowed by the reader's filters and order ({@link viewTimeline}) without touching the
 * feed again. No DOM, no language: the templates turn it into text.
 */
import {
  RECOMMENDATION_KINDS,
  type FeedDocument,
  type LocalizedText,
  type Meeting,
  type Recommendation,
  type Topic,
} from '../../feed/model.js';
import type { Feed } from '../../feed/validate.js';

/** The kind of an outcome. */
export type OutcomeKind = (typeof RECOMMENDATION_KINDS)[number];

/** Time order of the meeting groups. */
export type TimelineOrder = 'asc' | 'desc';

/** One outcome (a recommendation, decision or action) and the documents it links to. */
export interface TimelineOutcome {
  recommendation: Recommendation;
  documents: FeedDocument[];
}

/** A meeting with its own documents (those whose `meeting` is this meeting). */
export interface TimelineMeeting {
  meeting: Meeting;
  documents: FeedDocument[];
}

/**
 * The exact set of meetings that some outcomes name (or one meeting that no outcome names),
 * with those outcomes: an outcome adopted by several meetings appears once, here.
 */
export interface TimelineGroup {
  /** Unique within the timeline, stable across presets: the meeting ids. */
  key: string;
  /** Unique within the timeline, usable as an element id. */
  id: string;
  /** The meetings, in time order. */
  meetings: TimelineMeeting[];
  /** First day of the first meeting, `YYYY-MM-DD`. */
  start: string;
  /** Last day of the last meeting, `YYYY-MM-DD`. */
  end: string;
  /** In feed order. */
  outcomes: TimelineOutcome[];
}

/** What the element holds after its presets. */
export interface Timeline {
  /** Groups in time order (earliest first). */
  groups: TimelineGroup[];
  /** Number of outcomes held: the `count` of `cop-load`. */
  count: number;
  /** Topics that held outcomes carry, in feed order (the topic filter's choices). */
  topics: Topic[];
  /** Kinds that held outcomes have, in the model's order (the kind filter's choices). */
  kinds: OutcomeKind[];
  /** Every meeting of the feed, by id. */
  meetings: Map<string, Meeting>;
  /** Every topic's label, by id. */
  topicLabels: Map<string, LocalizedText>;
}

/** The presets a page sets (CONTRACT §2). */
export interface TimelinePresets {
  /** A meeting id: only groups including this meeting. */
  meeting?: string | undefined;
  /** A topic id: only outcomes with this topic (and the groups holding them). */
  topic?: string | undefined;
}

/** The reader's filters; an empty string is "all". */
export interface TimelineFilters {
  topic: string;
  kind: string;
}

/** A group as shown: the outcomes that pass the filters. */
export interface VisibleGroup {
  group: TimelineGroup;
  outcomes: TimelineOutcome[];
}

/** What is on screen for a timeline, filters and order. */
export interface TimelineView {
  groups: VisibleGroup[];
  /** Outcomes shown. */
  count: number;
  /** The filters actually applied (a filter naming a topic or kind no longer held is dropped). */
  filters: TimelineFilters;
}

function groupOf(meetings: TimelineMeeting[], key: string): TimelineGroup {
  const starts = meetings.map(({ meeting }) => meeting.date);
  const ends = meetings.map(({ meeting }) => meeting.endDate ?? meeting.date);
  return {
    key,
    id: '',
    meetings,
    start: starts.reduce((a, b) => (b < a ? b : a)),
    end: ends.reduce((a, b) => (b > a ? b : a)),
    outcomes: [],
  };
}

const byTime = (a: TimelineMeeting, b: TimelineMeeting) =>
  a.meeting.date < b.meeting.date ? -1 : a.meeting.date > b.meeting.date ? 1 : 0;

/** Groups the feed's outcomes by the exact set of meetings each names, after `presets`. */
export function buildTimeline(feed: Feed, presets: TimelinePresets = {}): Timeline {
  const meetings = new Map(feed.meetings.map((meeting) => [meeting.id, meeting]));
  const documentsById = new Map(feed.documents.map((document) => [document.id, document]));
  const meetingDocuments = new Map<string, FeedDocument[]>();
  for (const document of feed.documents) {
    if (document.meeting === undefined) continue;
    const list = meetingDocuments.get(document.meeting);
    if (list) list.push(document);
    else meetingDocuments.set(document.meeting, [document]);
  }
  const timelineMeeting = (meeting: Meeting): TimelineMeeting => ({
    meeting,
    documents: meetingDocuments.get(meeting.id) ?? [],
  });

  const groups = new Map<string, TimelineGroup>();
  const named = new Set<string>();
  const topicsHeld = new Set<string>();
  const kindsHeld = new Set<string>();
  let count = 0;
  for (const recommendation of feed.recommendations) {
    const ids = [...new Set(recommendation.meetings)].filter((id) => meetings.has(id));
    ids.forEach((id) => named.add(id));
    if (ids.length === 0) continue;
    if (presets.meeting !== undefined && !ids.includes(presets.meeting)) continue;
    if (presets.topic !== undefined && !recommendation.topics?.includes(presets.topic)) continue;
    const members = ids.map((id) => timelineMeeting(meetings.get(id)!)).sort(byTime);
    const key = members.map(({ meeting }) => meeting.id).join('\n');
    let group = groups.get(key);
    if (!group) {
      group = groupOf(members, key);
      groups.set(key, group);
    }
    const documents = (recommendation.documents ?? [])
      .map((id) => documentsById.get(id))
      .filter((document) => document !== undefined);
    group.outcomes.push({ recommendation, documents });
    recommendation.topics?.forEach((topic) => topicsHeld.add(topic));
    if (recommendation.kind) kindsHeld.add(recommendation.kind);
    count += 1;
  }

  // A meeting no outcome names still has its place in time (not when a topic is preset: it
  // has nothing on that topic).
  if (presets.topic === undefined) {
    for (const meeting of feed.meetings) {
      if (named.has(meeting.id) || groups.has(meeting.id)) continue;
      if (presets.meeting !== undefined && presets.meeting !== meeting.id) continue;
      groups.set(meeting.id, groupOf([timelineMeeting(meeting)], meeting.id));
    }
  }

  const sorted = [...groups.values()].sort((a, b) =>
    a.start !== b.start ? (a.start < b.start ? -1 : 1) : a.end < b.end ? -1 : a.end > b.end ? 1 : 0,
  );
  sorted.forEach((group, index) => (group.id = `group-${index}`));
  return {
    groups: sorted,
    count,
    topics: feed.topics.filter((topic) => topicsHeld.has(topic.id)),
    kinds: RECOMMENDATION_KINDS.filter((kind) => kindsHeld.has(kind)),
    meetings,
    topicLabels: new Map(feed.topics.map((topic) => [topic.id, topic.label])),
  };
}

/** Narrows `timeline` by the reader's `filters` and puts it in `order`. */
export function viewTimeline(
  timeline: Timeline,
  filters: TimelineFilters,
  order: TimelineOrder,
): TimelineView {
  const topic = timeline.topics.some((held) => held.id === filters.topic) ? filters.topic : '';
  const kind = (timeline.kinds as readonly string[]).includes(filters.kind) ? filters.kind : '';
  let groups: VisibleGroup[];
  if (topic === '' && kind === '') {
    groups = timeline.groups.map((group) => ({ group, outcomes: group.outcomes }));
  } else {
    groups = [];
    for (const group of timeline.groups) {
      const outcomes = group.outcomes.filter(
        ({ recommendation }) =>
          (kind === '' || recommendation.kind === kind) &&
          (topic === '' || recommendation.topics?.includes(topic) === true),
      );
      if (outcomes.length > 0) groups.push({ group, outcomes });
    }
  }
  if (order === 'desc') groups.reverse();
  const count = groups.reduce((sum, { outcomes }) => sum + outcomes.length, 0);
  return { groups, count, filters: { topic, kind } };
}

/**
 * Whether a meeting is still ahead (or under way) on `today` (`YYYY-MM-DD`): only such
 * meetings can be added to a calendar.
 */
export function isUpcoming(meeting: Meeting, today: string): boolean {
  return (meeting.endDate ?? meeting.date) >= today;
}

/** The reader's calendar date today, `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
