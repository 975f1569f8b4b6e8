// Presentation checks of WCAG 2.2 AA that depend on the reader's settings, on the four elements in
// their states with the most controls (see mountRich): reduced motion (2.3.3 / 2.2.2 in spirit)
// and forced colours (Windows high contrast: 1.4.11 and 2.4.7 — focus and states stay visible).
// Layout checks: tests/a11y-layout.test.ts.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActive } from './helpers/keyboard.js';
import {
  ELEMENTS,
  deepElements,
  nameOf,
  emulate,
  kindOf,
  mountRich,
  settled,
  targetsOf,
  unmountAll,
  waitFor,
} from './a11y-layout-helpers.js';

afterEach(unmountAll);

const durations = (value: string) => value.split(',').map((part) => parseFloat(part));

/** Every element of `host`'s shadow trees, and its ::before and ::after, that moves: transitions, animations. */
function moving(host: HTMLElement): string[] {
  return deepElements(host).flatMap((node) =>
    ['', '::before', '::after'].flatMap((pseudo) => {
      const style = getComputedStyle(node, pseudo || null);
      const transition = durations(style.transitionDuration).some((seconds) => seconds > 0);
      const animation =
        style.animationName !== 'none' && durations(style.animationDuration).some((seconds) => seconds > 0);
      return transition || animation
        ? [`${nameOf(node)}${pseudo}: ${style.transitionDuration} / ${style.animationName}`]
        : [];
    }),
  );
}

describe('prefers-reduced-motion', () => {
  afterEach(() => emulate([]));

  for (const lang of ['en', 'ar']) {
    for (const name of ELEMENTS) {
      it(`${name} (${lang}): nothing moves when the reader asks for reduced motion`, async () => {
        await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
        const element = await mountRich(name, lang);
        expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
        expect(moving(element)).to.deep.equal([]);
        for (const node of deepElements(element))
          expect(getComputedStyle(node).scrollBehavior).to.equal('auto');
      });
    }
  }

  it('the timeline does move without the preference (its chevrons turn, its scroller glides)', async () => {
    await emulate([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
    const element = await mountRich('timeline');
    expect(moving(element)).to.include.members([
      'button[type=button][part=toggle-button].toggle "9th meeting 7 outcomes"::after: 0.15s / none',
    ]);
    expect(getComputedStyle(element.shadowRoot!.querySelector('.scroller')!).scrollBehavior).to.equal(
      'smooth',
    );
    await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    expect(moving(element)).to.deep.equal([]);
  });
});

/** Reaches `target` with the keyboard: focus it, Shift+Tab away, Tab back (a radio group's first radio). */
async function tabTo(target: HTMLElement): Promise<Element | null> {
  target.focus();
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
  await sendKeys({ press: 'Tab' });
  return deepActive();
}

/** The computed value of a system colour, as forced-colours mode paints it. */
function systemColour(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.setProperty('forced-color-adjust', 'none');
  probe.style.setProperty('color', keyword);
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** Waits for the transitions under `element`'s shadow root to end (the toggles' chevrons turn). */
async function transitionsDone(element: HTMLElement) {
  await Promise.all(element.shadowRoot!.getAnimations().map((animation) => animation.finished));
  await settled();
}

describe('forced colours (high contrast)', () => {
  beforeEach(() => emulate([{ name: 'forced-colors', value: 'active' }]));
  afterEach(() => emulate([]));

  for (const lang of ['en', 'ar']) {
    for (const name of ELEMENTS) {
      it(`${name} (${lang}): every kind of control shows a focus outline when reached with Tab`, async () => {
        // The horizontal timeline adds its keyboard-scrollable region (the element is 784px wide).
        const element = await mountRich(name, lang, name === 'timeline' ? { layout: 'horizontal' } : {});
        if (name === 'timeline') {
          await waitFor(() => element.shadowRoot!.querySelector('[part~="scroller"][tabindex="0"]'));
        }
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const firstOfEachKind = new Map<string, HTMLElement>();
        for (const target of targetsOf(element)) {
          const kind = `${kindOf(target)}${target.getAttribute('aria-current') === 'page' ? ' (current)' : ''}`;
          if (!firstOfEachKind.has(kind) && !(target as HTMLButtonElement).disabled)
            firstOfEachKind.set(kind, target);
        }
        // The results have two kinds: "Download CSV" and the week chart, scrollable at this width.
        expect(firstOfEachKind.size).to.be.at.least(name === 'results' ? 2 : 4);
        const unseen: string[] = [];
        for (const [kind, target] of firstOfEachKind) {
          const focused = await tabTo(target);
          const reached =
            focused === target ||
            (target.getAttribute('type') === 'radio' &&
              (focused as HTMLInputElement | null)?.name === (target as HTMLInputElement).name);
          expect(reached, `Tab reaches ${kind}`).to.equal(true);
          const style = getComputedStyle(focused!);
          const colour = style.outlineColor;
          if (
            style.outlineStyle === 'none' ||
            parseFloat(style.outlineWidth) < 2 ||
            /rgba\(.*, 0\)$/.test(colour)
          )
            unseen.push(`${kind}: ${style.outlineStyle} ${style.outlineWidth} ${colour}`);
        }
        if (name === 'timeline') expect([...firstOfEachKind.keys()]).to.include('div[part=scroller]');
        expect(unseen).to.deep.equal([]);
      });
    }
  }

  it('document list: the current page in the system highlight colours, a disabled step in GrayText', async () => {
    const root = (await mountRich('document-list')).shadowRoot!;
    const current = getComputedStyle(root.querySelector('[aria-current="page"]')!);
    expect([current.backgroundColor, current.color]).to.deep.equal([
      systemColour('Highlight'),
      systemColour('HighlightText'),
    ]);
    const [previous, next] = [...root.querySelectorAll<HTMLButtonElement>('.step')];
    expect(previous!.disabled).to.equal(true);
    expect(getComputedStyle(previous!).color).to.equal(systemColour('GrayText'));
    expect(getComputedStyle(next!).color).not.to.equal(systemColour('GrayText'));
  });

  it('timeline: a folded group and an open one show chevrons pointing differently, in the text colour', async () => {
    const element = await mountRich('timeline');
    const [open, folded] = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toggle')];
    folded!.click();
    await transitionsDone(element);
    expect([open!.ariaExpanded, folded!.ariaExpanded]).to.deep.equal(['true', 'false']);
    const chevron = (toggle: HTMLElement) => getComputedStyle(toggle, '::after');
    expect(chevron(open!).transform).not.to.equal(chevron(folded!).transform);
    for (const toggle of [open!, folded!]) {
      expect(chevron(toggle).borderInlineEndStyle).to.equal('solid');
      expect(chevron(toggle).borderInlineEndColor).to.equal(getComputedStyle(toggle).color);
    }
  });

  it('directory: facet values keep their native checkbox, a disabled value reads in GrayText', async () => {
    const root = (await mountRich('directory')).shadowRoot!;
    const boxes = [...root.querySelectorAll<HTMLInputElement>('.facet input')];
    expect(boxes.some((box) => box.checked)).to.equal(true);
    // The system draws checked, unchecked and disabled boxes in its own colours.
    for (const box of boxes) expect(getComputedStyle(box).appearance, box.value).not.to.equal('none');
    const disabled = boxes.find((box) => box.disabled)!.closest('label')!;
    const enabled = boxes.find((box) => !box.disabled)!.closest('label')!;
    expect(getComputedStyle(disabled).color).to.equal(systemColour('GrayText'));
    expect(getComputedStyle(enabled).color).not.to.equal(systemColour('GrayText'));
    // The facets' panel keeps its open/closed marker.
    expect(getComputedStyle(root.querySelector('summary')!).display).to.equal('list-item');
  });

  it('form: invalid fields keep a thicker border, choices their native controls, the summary its outline', async () => {
    const element = await mountRich('form');
    const root = element.shadowRoot!;
    const invalid = getComputedStyle(root.querySelector('select[aria-invalid="true"]')!);
    const valid = getComputedStyle(root.querySelector('textarea:not([aria-invalid])')!);
    expect(parseFloat(invalid.borderInlineStartWidth)).to.be.greaterThan(
      parseFloat(valid.borderInlineStartWidth),
    );
    expect(invalid.borderInlineStartStyle).to.equal('solid');
    for (const choice of root.querySelectorAll('input[type="radio"], input[type="checkbox"]'))
      expect(getComputedStyle(choice).appearance).not.to.equal('none');
    const summary = root.querySelector('[part~="error-summary"]')!;
    expect(root.activeElement).to.equal(summary);
    expect(getComputedStyle(summary).outlineStyle).to.equal('solid');
    expect(getComputedStyle(summary).borderInlineStartStyle).to.equal('solid');
  });
});
