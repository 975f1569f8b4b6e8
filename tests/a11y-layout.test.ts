// Layout checks of WCAG 2.2 AA on the five elements, in English and Arabic, in their states with
// the most controls (see mountRich): target size (2.5.8), reflow at 320 CSS px (1.4.10) and text
// spacing (1.4.12); and, in every language, no label or control text cut off at phone widths.
// Motion and forced colours: tests/a11y-media.test.ts.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import {
  ELEMENTS,
  type ElementName,
  type TargetVerdict,
  deepElements,
  nameOf,
  kindOf,
  mountRich,
  parentOf,
  rendered,
  settled,
  targetVerdicts,
  targetsOf,
  unmountAll,
  visibleBox,
  visuallyHidden,
} from './a11y-layout-helpers.js';
import { expectNoViolationsIn } from './helpers/axe.js';
import { SHOWN_LANGUAGES } from './helpers/languages.js';

const LANGUAGES = ['en', 'ar'];
/** The test runner's window. */
const DEFAULT_VIEWPORT = { width: 800, height: 600 };
/** Tall enough for every timeline group to be on screen, so laid out (a long timeline skips the others). */
const TALL = 6000;

afterEach(unmountAll);

/**
 * The targets that pass 2.5.8 by an exception rather than by their size, and which exception
 * each may use. Every other target is at least 24×24 CSS px.
 */
const EXCEPTIONS: Record<ElementName, Record<string, TargetVerdict[]>> = {
  'document-list': {},
  timeline: {},
  directory: {
    // 18px boxes inside a label of at least 28px that toggles them.
    'input[checkbox] in facet': ['label'],
    // A title link on one line (19px high), alone in its heading: nothing within 12px.
    'a[part=resource-link]': ['size', 'spacing'],
  },
  form: {
    // One line each, in a list whose lines are 24px apart.
    'a in error-summary': ['size', 'spacing'],
  },
  results: {},
};

/**
 * How many targets each element has at least in its richest state, so that a check finding none
 * fails: the results have "Download CSV" (and, where it scrolls, the week chart).
 */
const LEAST_TARGETS: Record<ElementName, number> = {
  'document-list': 11,
  timeline: 11,
  directory: 11,
  form: 11,
  results: 1,
};

describe('target size (WCAG 2.5.8)', () => {
  describe('the rule and its exceptions', () => {
    async function verdictsOf(template: ReturnType<typeof html>) {
      const holder = await fixture<HTMLElement>(template);
      const targets = [...holder.querySelectorAll<HTMLElement>('a, button, input')];
      const verdicts = targetVerdicts(targets);
      return targets.map((target) => verdicts.get(target));
    }

    it('passes a 24×24 target by its size, a smaller one alone by spacing', async () => {
      expect(
        await verdictsOf(
          html`<div>
            <button style="all: unset; display: block; width: 24px; height: 24px">a</button>
            <button style="all: unset; display: block; width: 16px; height: 16px; margin-top: 12px">b</button>
          </div>`,
        ),
      ).to.deep.equal(['size', 'spacing']);
    });

    it('fails small targets whose circles meet, or whose circle meets another target', async () => {
      expect(
        await verdictsOf(
          html`<div style="display: flex; gap: 6px">
            <button style="all: unset; width: 16px; height: 16px">a</button>
            <button style="all: unset; width: 16px; height: 16px">b</button>
            <button style="all: unset; width: 40px; height: 40px; margin-inline-start: 30px">c</button>
            <button style="all: unset; width: 16px; height: 16px; margin-inline-start: -4px">d</button>
          </div>`,
        ),
      ).to.deep.equal(['fail', 'fail', 'size', 'fail']);
    });

    it('fails targets that lie over each other leaving less than 24×24 uncovered, passes one with a 24×24 part free', async () => {
      expect(
        await verdictsOf(
          html`<div style="position: relative">
            <button style="all: unset; display: block; width: 200px; height: 30px">a</button>
            <button style="all: unset; position: absolute; top: 15px; left: 0; width: 200px; height: 30px">
              b
            </button>
            <button style="all: unset; display: block; width: 200px; height: 40px; margin-top: 30px">
              c
            </button>
            <button
              style="all: unset; position: absolute; top: 75px; left: 100px; width: 100px; height: 40px"
            >
              d
            </button>
          </div>`,
        ),
      ).to.deep.equal(['fail', 'fail', 'size', 'fail']);
    });

    it('passes a small checkbox by the 24px label around it (then the target), a link in a sentence as inline', async () => {
      expect(
        await verdictsOf(
          html`<div style="font: 12px/1.2 sans-serif">
            <label style="display: flex; min-height: 24px; align-items: center"
              ><input type="checkbox" style="width: 12px; height: 12px; margin: 0" /> Europe</label
            >
            <label style="display: flex; align-items: center"
              ><input type="checkbox" style="width: 12px; height: 12px; margin: 0" /> Asia</label
            >
            <p>Read <a href="#x">the notice</a> first.</p>
            <p style="margin: 0"><a href="#y">no sentence</a></p>
            <p style="margin: 0"><a href="#z">around it</a></p>
          </div>`,
        ),
      ).to.deep.equal(['label', 'fail', 'inline', 'fail', 'fail']);
    });
  });

  // A tall window shows every part of an element laid out as a person scrolling to it sees it.
  // Lighthouse's mobile run has a phone's window, and an element further down the page laid out
  // as the browser does below the fold (the timeline's off-screen groups at their placeholder
  // height, their content running on over the next): it is measured there too.
  // There, axe's rules (Lighthouse's audits) run as well as ours, a dark block after the element.
  const windows = [
    { width: DEFAULT_VIEWPORT.width, height: TALL, where: 'in a tall window' },
    { width: 320, height: TALL, where: 'in a tall window' },
    { width: 412, height: 823, where: 'below the fold, as Lighthouse (mobile) sees it' },
  ];
  for (const { width, height, where } of windows) {
    const folded = height < TALL;
    describe(`at ${width}×${height} CSS px, ${where}`, () => {
      const above = document.createElement('div');
      before(async () => {
        await setViewport({ width, height });
        if (!folded) return;
        // The page above the element: four windows of it, beyond where the browser lays out ahead.
        above.style.blockSize = `${4 * height}px`;
        document.body.prepend(above);
      });
      after(async () => {
        above.remove();
        await setViewport(DEFAULT_VIEWPORT);
      });
      for (const lang of LANGUAGES) {
        for (const name of ELEMENTS) {
          it(`${name} (${lang}): every target is 24×24 or meets an exception`, async () => {
            const element = await mountRich(name, lang);
            const failing: string[] = [];
            const unexpected: string[] = [];
            let count = 0;
            for (const [target, verdict] of targetVerdicts(targetsOf(element))) {
              count += 1;
              const box = target.getBoundingClientRect();
              const seen = `${nameOf(target)} ${box.width.toFixed(1)}×${box.height.toFixed(1)}`;
              if (verdict === 'fail') failing.push(seen);
              else if (verdict !== 'size' && !EXCEPTIONS[name][kindOf(target)]?.includes(verdict))
                unexpected.push(`${seen}: ${verdict}`);
            }
            expect(count, 'targets found').to.be.at.least(LEAST_TARGETS[name]);
            expect(failing, 'too small and too close').to.deep.equal([]);
            expect(unexpected, 'exceptions not in the table').to.deep.equal([]);
            if (folded) {
              // What follows it on a page: a dark block, as the demo's dark-themed list after its
              // timeline. Axe's rules (Lighthouse's audits) on the element as the page lays it out.
              const below = document.createElement('div');
              below.style.cssText = `block-size: ${height}px; background: #202124`;
              element.parentElement!.after(below);
              await settled();
              try {
                await expectNoViolationsIn(element);
              } finally {
                below.remove();
              }
            }
          });
        }
      }
    });
  }
});

/**
 * Whether `node` is inside a region of `element` that scrolls sideways and is reached with Tab to
 * be scrolled with the keyboard (the results' week chart): a chart that needs its two dimensions,
 * which WCAG 1.4.10 lets scroll on its own. What is in it may lie beyond the element's edge,
 * scrolled away; the region itself is checked as any box.
 */
function inScroller(node: Element, element: HTMLElement): boolean {
  for (let parent = parentOf(node); parent && parent !== element; parent = parentOf(parent)) {
    const { overflowX } = getComputedStyle(parent);
    const scrolls =
      (overflowX === 'auto' || overflowX === 'scroll') && parent.scrollWidth > parent.clientWidth;
    if (scrolls && parent instanceof HTMLElement && parent.tabIndex >= 0) return true;
  }
  return false;
}

/** The rendered, visible descendants of `element` that are laid out with it (not scrolled away). */
const laidOut = (element: HTMLElement) =>
  deepElements(element).filter(
    (node) => rendered(node) && !visuallyHidden(node) && !inScroller(node, element),
  );

/** The descendants of `element` (through shadow roots) that stick out of its inline extent. */
function sticksOut(element: HTMLElement): string[] {
  const { left, right } = element.getBoundingClientRect();
  return laidOut(element).flatMap((node) => {
    const box = node.getBoundingClientRect();
    return box.width > 0 && (box.left < left - 1 || box.right > right + 1)
      ? [`${nameOf(node)}: ${box.left.toFixed(0)}…${box.right.toFixed(0)}`]
      : [];
  });
}

describe('reflow at 320 CSS px (WCAG 1.4.10)', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport(DEFAULT_VIEWPORT));
  for (const lang of LANGUAGES) {
    for (const name of ELEMENTS) {
      it(`${name} (${lang}): no sideways scrolling, nothing wider than the element`, async () => {
        const element = await mountRich(name, lang);
        expect(document.documentElement.clientWidth).to.equal(320);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        expect(element.getBoundingClientRect().right).to.be.at.most(320);
        expect(sticksOut(element)).to.deep.equal([]);
      });
    }
    it(`timeline with layout="horizontal" (${lang}): shows vertically, nothing scrolls sideways`, async () => {
      const element = await mountRich('timeline', lang, { layout: 'horizontal' });
      expect((element as HTMLElement & { effectiveLayout: string }).effectiveLayout).to.equal('vertical');
      expect(element.shadowRoot!.querySelector('[part~="scroller"]')!.scrollWidth).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(sticksOut(element)).to.deep.equal([]);
    });
  }
});

/** WCAG 1.4.12's values, as a reader's style sheet sets them on every element. */
const SPACING =
  'line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important;';

/**
 * Applies the text spacing: the inherited properties on the host (with --cop-line-height, which
 * the elements keep line-height at), and — as a reader's style sheet reaches every element — the
 * same on every element of the shadow tree, with paragraph spacing of 2em.
 */
async function spaceText(element: HTMLElement) {
  element.setAttribute('style', `--cop-line-height: 1.5; ${SPACING}`);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`* { ${SPACING} } p { margin-block-end: 2em !important; }`);
  const root = element.shadowRoot!;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  await settled();
}

/** Boxes that clip (overflow hidden or clip) their content: what the text spacing would cut off. */
function clipping(element: HTMLElement): string[] {
  return laidOut(element).flatMap((node) => {
    const style = getComputedStyle(node);
    const clips = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
    const cut =
      (clips(style.overflowX) && node.scrollWidth > node.clientWidth + 1) ||
      (clips(style.overflowY) && node.scrollHeight > node.clientHeight + 1);
    return cut ? [`${nameOf(node)}: ${node.scrollWidth}×${node.scrollHeight}`] : [];
  });
}

/** Block boxes whose content runs out of them (over what follows): a fixed size the text outgrew. */
function spilling(element: HTMLElement): string[] {
  return laidOut(element)
    .filter((node) => {
      const style = getComputedStyle(node);
      return style.display !== 'inline' && style.overflow === 'visible';
    })
    .flatMap((node) =>
      node.scrollHeight > node.clientHeight + 1 || node.scrollWidth > node.clientWidth + 1
        ? [`${nameOf(node)}: ${node.scrollWidth}×${node.scrollHeight}`]
        : [],
    );
}

/** Pairs of targets (through shadow roots) whose visible boxes overlap by more than a pixel. */
function overlapping(element: HTMLElement): string[] {
  const boxes = targetsOf(element).flatMap((target) => {
    const box = visibleBox(target);
    return box ? [{ target, box }] : [];
  });
  return boxes.flatMap((a, i) =>
    boxes.slice(i + 1).flatMap((b) => {
      const width = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const height = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      return width > 1 && height > 1 ? [`${nameOf(a.target)} / ${nameOf(b.target)}`] : [];
    }),
  );
}

describe('text spacing (WCAG 1.4.12)', () => {
  before(() => setViewport({ width: DEFAULT_VIEWPORT.width, height: TALL }));
  after(() => setViewport(DEFAULT_VIEWPORT));
  for (const lang of LANGUAGES) {
    for (const name of ELEMENTS) {
      it(`${name} (${lang}): nothing clipped, nothing overlapping, nothing wider`, async () => {
        const element = await mountRich(name, lang);
        const before = element.getBoundingClientRect().height;
        await spaceText(element);
        const styles = getComputedStyle(element.shadowRoot!.querySelector('p')!);
        expect(styles.letterSpacing).to.equal(`${0.12 * parseFloat(styles.fontSize)}px`);
        expect(element.getBoundingClientRect().height, 'the text took more room').to.be.greaterThan(before);
        expect(clipping(element), 'clipped').to.deep.equal([]);
        expect(spilling(element), 'spilling out of their box').to.deep.equal([]);
        expect(overlapping(element), 'overlapping targets').to.deep.equal([]);
        expect(element.scrollWidth).to.be.at.most(element.clientWidth);
        expect(sticksOut(element), 'wider than the element').to.deep.equal([]);
      });
    }
  }
});

/**
 * Every language offered (tests/helpers/languages.ts): the longest labels are French, Russian and
 * Spanish, not English, and a language published since may be longer still.
 */
const ALL_LANGUAGES = SHOWN_LANGUAGES;
/** Phone widths, CSS px: WCAG 1.4.10's 320 up to the common 360, 375 and 390. */
const PHONE_WIDTHS = [320, 360, 375, 390];
/**
 * The page's font, which the elements inherit: the system's, here wider than the browser's default
 * serif and its sans-serif (so what fits in it fits in them).
 */
const PAGE_FONT = 'system-ui';
/** The page's own margin beside the element: none, and a common 24px each side. */
const PAGE_PADDINGS = ['0px', '24px'];
/** Without a theme, and with one: a themed element pads its content (less room for it). */
const THEMES = ['', 'dark'];

/**
 * Form controls whose text does not fit them: a `<select>` narrower than the option it shows (the
 * browser cuts it, "Plus récents d'abor…"), or an input narrower than its placeholder. The width
 * the control would take to show it whole is its `field-sizing: content` width. A control's text
 * does not wrap: one wider than the element's whole content box is cut at any layout, and then
 * the control must take that whole width.
 */
function cutControls(element: HTMLElement): string[] {
  const host = getComputedStyle(element);
  const column =
    element.clientWidth - parseFloat(host.paddingInlineStart) - parseFloat(host.paddingInlineEnd);
  return deepElements(element)
    .filter(
      (node): node is HTMLSelectElement | HTMLInputElement =>
        (node instanceof HTMLSelectElement ||
          (node instanceof HTMLInputElement && node.placeholder !== '')) &&
        rendered(node),
    )
    .flatMap((control) => {
      const shown = control.getBoundingClientRect().width;
      const before = control.style.cssText;
      control.style.cssText =
        'field-sizing: content; inline-size: auto; min-inline-size: 0; max-inline-size: none';
      const whole = control.getBoundingClientRect().width;
      control.style.cssText = before;
      const text =
        control instanceof HTMLSelectElement ? control.selectedOptions[0]?.text : control.placeholder;
      const which = `${control.localName}${control.id ? `#${control.id}` : ''}`;
      const cut = whole > shown + 1 && !(whole > column && shown >= column - 1);
      return cut ? [`${which} "${text}": ${shown.toFixed(0)}px of ${whole.toFixed(0)}px`] : [];
    });
}

/** Where a label's words may break: spaces, hyphens, slashes and dashes. */
const WORD = /[^\s\-\u2010/\u2013\u2014]+/gu;
/** Scripts written without spaces, broken between any two characters. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Words broken across two lines inside a label, button, summary, legend or table cell (a chart's
 * row label or count): "Imprim / er", "Somewh / ere". The box was squeezed narrower than its
 * longest word (`overflow-wrap: anywhere` lets a flex or grid track do that), so the text is cut
 * in two where it should fit or wrap between words.
 */
function brokenWords(element: HTMLElement): string[] {
  return deepElements(element)
    .filter(
      (node) =>
        node.matches('button, label, summary, legend, th, td') && rendered(node) && !visuallyHidden(node),
    )
    .flatMap((node) => {
      const texts = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      const broken: string[] = [];
      for (let text = texts.nextNode(); text; text = texts.nextNode()) {
        if (text.parentElement && visuallyHidden(text.parentElement)) continue;
        for (const word of (text.textContent ?? '').matchAll(WORD)) {
          if (UNSPACED.test(word[0])) continue;
          const range = document.createRange();
          range.setStart(text, word.index);
          range.setEnd(text, word.index + word[0].length);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (lines.size > 1) broken.push(`${nameOf(node)}: "${word[0]}" on ${lines.size} lines`);
        }
      }
      return broken;
    });
}

describe(`no label or control text cut off at ${PHONE_WIDTHS.join(', ')} CSS px, ${ALL_LANGUAGES.length} languages`, () => {
  after(async () => {
    document.body.style.fontFamily = '';
    document.body.style.paddingInline = '';
    await setViewport(DEFAULT_VIEWPORT);
  });
  for (const lang of ALL_LANGUAGES) {
    for (const name of ELEMENTS) {
      it(`${name} (${lang}): every select, placeholder, label and button shows its whole text, no word cut in two`, async () => {
        await setViewport({ width: PHONE_WIDTHS[0]!, height: TALL });
        const element = await mountRich(name, lang);
        const cut: string[] = [];
        document.body.style.fontFamily = PAGE_FONT;
        for (const padding of PAGE_PADDINGS) {
          document.body.style.paddingInline = padding;
          for (const theme of THEMES) {
            if (theme) element.setAttribute('theme', theme);
            else element.removeAttribute('theme');
            for (const width of PHONE_WIDTHS) {
              await setViewport({ width, height: TALL });
              await settled();
              const room = element.getBoundingClientRect().width;
              expect(room, 'the element follows the window').to.be.above(
                width - 2 * parseFloat(padding) - 20,
              );
              const at = (found: string) =>
                `${width}px, page padding ${padding}${theme ? `, theme="${theme}"` : ''}: ${found}`;
              cut.push(...cutControls(element).map(at), ...clipping(element).map(at));
              cut.push(...spilling(element).map(at), ...sticksOut(element).map(at));
              cut.push(...brokenWords(element).map(at));
            }
          }
        }
        expect(cut.join('\n'), 'cut off or overflowing').to.equal('');
      });
    }
  }
});
