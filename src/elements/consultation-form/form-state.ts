import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Question } from '../../feed/model.js';
import { type AnswerValue, visibleQuestions } from './answers.js';
import { type Problem, problemMessage, validate } from './validation.js';

/**
 * The answers of the form being filled in, and what to say about them: which questions are
 * shown, their problems, and which problems to show — none before the person has interacted
 * with a question (and then only limits, not "required") or pressed Send; an error the endpoint
 * gave for a question (400/422) until that answer changes.
 */
export class FormState implements ReactiveController {
  answers: Readonly<Record<string, AnswerValue>> = {};
  /** Questions the person has interacted with. */
  touched: ReadonlySet<string> = new Set();
  /** Whether Send was pressed since the answers were loaded. */
  submitted = false;
  /** Errors the endpoint gave, by question id. */
  serverErrors: Readonly<Record<string, string>> = {};
  /** Shown questions and their problems, for the current answers (see {@link derive}). */
  visible = new Set<string>();
  problems = new Map<string, Problem>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Starts again with `answers`, nothing touched or submitted. */
  reset(answers: Record<string, AnswerValue> = {}): void {
    this.answers = answers;
    this.touched = new Set();
    this.submitted = false;
    this.serverErrors = {};
    this.host.requestUpdate();
  }

  /** Records the person's answer to `id` (`undefined`: none); returns the new answers. */
  set(id: string, value: AnswerValue | undefined): Record<string, AnswerValue> {
    const answers = Object.fromEntries(Object.entries(this.answers).filter(([key]) => key !== id));
    if (value !== undefined) answers[id] = value;
    this.answers = answers;
    if (id in this.serverErrors)
      this.serverErrors = Object.fromEntries(Object.entries(this.serverErrors).filter(([key]) => key !== id));
    this.host.requestUpdate();
    return answers;
  }

  touch(id: string): void {
    if (this.touched.has(id)) return;
    this.touched = new Set([...this.touched, id]);
    this.host.requestUpdate();
  }

  /** Send was pressed: every problem shows from now on. */
  markSubmitted(serverErrors: Record<string, string> = {}): void {
    this.submitted = true;
    this.serverErrors = serverErrors;
    this.host.requestUpdate();
  }

  /** Works out the shown questions and their problems for the current answers. */
  derive(questions: readonly Question[]): void {
    this.visible = visibleQuestions(questions, this.answers);
    this.problems = validate(questions, this.answers);
  }

  /** The error to show for `question` now, in the language being rendered. */
  errorOf(question: Question): string | undefined {
    const server = this.serverErrors[question.id];
    if (server !== undefined) return server;
    const problem = this.problems.get(question.id);
    if (!problem) return undefined;
    const shown = this.submitted || (this.touched.has(question.id) && problem.code !== 'required');
    return shown ? problemMessage(question, problem) : undefined;
  }
}
