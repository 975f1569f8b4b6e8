/**
 * Validation without valibot, for the browser entries (issue 20, S2). The feed model (model.ts,
 * still the one description of the feed) is written out at build time as plain data
 * (checks.generated.ts, by scripts/gen-checks.mjs: the parts of each valibot schema this module
 * reads), and {@link compile} turns that into a plain function that gives the same output as
 * `v.parse` for a value that passes, and {@link FAILED} for one that does not: the issues of a
 * refused value are then worded by valibot itself, loaded on demand (refusals.ts). The schema
 * kinds the model uses are known (object, array, record, union, variant, optional, nullable,
 * picklist, literal, string, number, boolean, unknown, and the validations of their pipes, `check`
 * included); the generator refuses any other.
 */
/** What a compiled check returns for a value its schema refuses. */
export const FAILED: unique symbol = Symbol('failed');

/** A compiled schema: the parsed output of a value that passes, else {@link FAILED}. */
export type Check = (value: unknown) => unknown;

/** The parts of a valibot schema or validation the compiler reads (checks.generated.ts). */
export interface Node {
  /** Only in the model's own schemas (checks.model.ts): `metadata` for a description or title. */
  kind?: string;
  type: string;
  requirement?: unknown;
  /** The schema, then its validations (no metadata). */
  pipe?: Node[];
  entries?: Record<string, Node>;
  item?: Node;
  key?: Node | string;
  value?: Node;
  wrapped?: Node;
  default?: unknown;
  options?: readonly unknown[];
  literal?: unknown;
}

class Unsupported extends Error {}

const isOptional = (node: Node) => node.type === 'optional';

/** A validation of a pipe as a test of the (already typed) value. */
function validation(action: Node): (value: never) => boolean {
  const requirement = action.requirement as never;
  switch (action.type) {
    case 'min_length':
      return (value: { length: number }) => value.length >= requirement;
    case 'max_length':
      return (value: { length: number }) => value.length <= requirement;
    case 'regex':
    case 'iso_date':
    case 'iso_timestamp':
      return (value: string) => (requirement as RegExp).test(value);
    case 'integer':
      return (value: number) => Number.isInteger(value);
    case 'min_value':
      return (value: number) => value >= requirement;
    case 'max_value':
      return (value: number) => value <= requirement;
    case 'min_entries':
      return (value: object) => Object.keys(value).length >= requirement;
    case 'check':
      return requirement;
    default:
      throw new Unsupported(action.type);
  }
}

function base(node: Node): Check {
  switch (node.type) {
    case 'string':
      return (value) => (typeof value === 'string' ? value : FAILED);
    case 'number':
      return (value) => (typeof value === 'number' && !Number.isNaN(value) ? value : FAILED);
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? value : FAILED);
    case 'unknown':
      return (value) => value;
    case 'literal': {
      const { literal } = node;
      return (value) => (value === literal ? value : FAILED);
    }
    case 'nullable': {
      if (node.default !== undefined) throw new Unsupported('nullable with a default');
      const wrapped = build(node.wrapped!);
      return (value) => (value === null ? value : wrapped(value));
    }
    case 'variant': {
      // As valibot: the first option whose discriminator accepts the value's, if its key is there.
      const key = node.key as string;
      const options = (node.options as Node[]).map((option) => [
        build((option.pipe?.[0] ?? option).entries![key]!),
        build(option),
      ]);
      return (value) => {
        if (!value || typeof value !== 'object' || !(key in value)) return FAILED;
        const discriminator = (value as Record<string, unknown>)[key];
        for (const [accepts, check] of options) {
          if (accepts!(discriminator) === FAILED) continue;
          const output = check!(value);
          if (output !== FAILED) return output;
        }
        return FAILED;
      };
    }
    case 'picklist': {
      const options = node.options!;
      return (value) => (options.includes(value) ? value : FAILED);
    }
    case 'optional': {
      if (node.default !== undefined) throw new Unsupported('optional with a default');
      const wrapped = build(node.wrapped!);
      return (value) => (value === undefined ? value : wrapped(value));
    }
    case 'union': {
      const options = (node.options as Node[]).map(build);
      return (value) => {
        for (const option of options) {
          const output = option(value);
          if (output !== FAILED) return output;
        }
        return FAILED;
      };
    }
    case 'array': {
      const item = build(node.item!);
      return (value) => {
        if (!Array.isArray(value)) return FAILED;
        let output: unknown[] | undefined;
        for (let index = 0; index < value.length; index++) {
          const entry: unknown = value[index];
          const parsed = item(entry);
          if (parsed === FAILED) return FAILED;
          if (output) output.push(parsed);
          else if (parsed !== entry) output = [...value.slice(0, index), parsed];
        }
        return output ?? value;
      };
    }
    case 'record': {
      const key = build(node.key as Node);
      const item = build(node.value!);
      /** valibot's output for `input`, or `input` itself (in place, when it would be the same). */
      const read = (input: Record<string, unknown>, copy: boolean) => {
        const output: Record<string, unknown> | undefined = copy ? {} : undefined;
        for (const name in input) {
          // As valibot: own keys only, never __proto__, prototype or constructor (not copied).
          if (
            !Object.hasOwn(input, name) ||
            name === '__proto__' ||
            name === 'prototype' ||
            name === 'constructor'
          ) {
            if (!output) return undefined;
            continue;
          }
          const entry = input[name];
          const parsed = item(entry);
          if (key(name) === FAILED || parsed === FAILED) return FAILED;
          if (output) output[name] = parsed;
          else if (parsed !== entry) return undefined;
        }
        return output ?? input;
      };
      return (value) => {
        if (!value || typeof value !== 'object') return FAILED;
        const input = value as Record<string, unknown>;
        // In place only for a plain object (valibot's output is one: {} for a list).
        return (
          (Object.getPrototypeOf(input) === Object.prototype && read(input, false)) || read(input, true)!
        );
      };
    }
    case 'object': {
      const names: string[] = [];
      const checks: Check[] = [];
      /** For an optional entry (without a pipe of its own): its wrapped schema's check. */
      const optional: boolean[] = [];
      for (const [name, schema] of Object.entries(node.entries!)) {
        const bare = isOptional(schema) && !schema.pipe && schema.default === undefined;
        names.push(name);
        checks.push(build(bare ? schema.wrapped! : schema));
        optional.push(isOptional(schema));
      }
      /** valibot's output: the entries given, the first `count` of them unchanged from `input`. */
      const copy = (input: Record<string, unknown>, count: number) => {
        const output: Record<string, unknown> = {};
        for (const name of names.slice(0, count)) if (name in input) output[name] = input[name];
        return output;
      };
      return (value) => {
        if (!value || typeof value !== 'object') return FAILED;
        const input = value as Record<string, unknown>;
        let output: Record<string, unknown> | undefined;
        let present = 0;
        for (let index = 0; index < names.length; index++) {
          const name = names[index]!;
          const entry = input[name];
          if (entry === undefined && !(name in input)) {
            if (!optional[index]) return FAILED;
            continue;
          }
          present++;
          // undefined passes an optional entry as it is.
          const parsed = entry === undefined && optional[index] ? entry : checks[index]!(entry);
          if (parsed === FAILED) return FAILED;
          if (!output && parsed !== entry) output = copy(input, index);
          if (output) output[name] = parsed;
        }
        if (output) return output;
        // In place only when valibot's copy would hold the same: a plain object, no other key.
        if (Object.getPrototypeOf(input) !== Object.prototype) return copy(input, names.length);
        for (const name in input)
          if (--present < 0 || !Object.hasOwn(input, name)) return copy(input, names.length);
        return input;
      };
    }
    default:
      throw new Unsupported(node.type);
  }
}

/** The validations that test a string against a regular expression. */
const PATTERNS = ['regex', 'iso_date', 'iso_timestamp'];

function build(node: Node): Check {
  if (!node.pipe) return base(node);
  const [first, ...actions] = node.pipe;
  const check = build(first!);
  const tests: ((value: never) => boolean)[] = [];
  // A string's length bounds and pattern, tested in one function (most of a feed's values).
  let [min, max, pattern] = [0, Infinity, undefined as RegExp | undefined];
  let plain = first!.type === 'string' && !first!.pipe;
  for (const action of actions) {
    // A description or title of the model's own schemas (checks.model.ts); never generated.
    if (action.kind === 'metadata') continue;
    const requirement = action.requirement as never;
    if (action.type === 'min_length') min = Math.max(min, requirement);
    else if (action.type === 'max_length') max = Math.min(max, requirement);
    else if (PATTERNS.includes(action.type) && !pattern) pattern = requirement;
    else plain = false;
    tests.push(validation(action));
  }
  if (tests.length === 0) return check;
  if (plain) {
    return (value) =>
      typeof value === 'string' &&
      value.length >= min &&
      value.length <= max &&
      (!pattern || pattern.test(value))
        ? value
        : FAILED;
  }
  return (value) => {
    const output = check(value);
    if (output === FAILED) return FAILED;
    for (const test of tests) if (!test(output as never)) return FAILED;
    return output;
  };
}

/** `node` (checks.generated.ts) as a plain function: see the module comment. */
export const compile = (node: Node): Check => build(node);

/**
 * `node`'s check, compiled on first use. A value that needs no change is its own output (no copy:
 * valibot copies every object and list), which the caller must then never modify.
 */
/* @__NO_SIDE_EFFECTS__ */
export function checker(node: Node): Check {
  let check: Check | undefined;
  return (value) => (check ??= build(node))(value);
}
