// <cop-consultation-results> alone on a partner page under the strict policy of CONTRACT §2
// (style-src 'self' without 'unsafe-inline', Trusted Types enforced), served by
// tests/server/routes/consultation-results.mjs. Its own file: the page loads the element's
// modules in a frame, which must not stand in for the main page's in this file's coverage.
import { expect } from '@open-wc/testing';
import type { CopConsultationResults } from '../src/elements/consultation-results/consultation-results.js';
import { until } from './helpers/until.js';

describe('cop-consultation-results under a strict Content-Security-Policy', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  type FrameWindow = Window & { cspViolations: string[]; copEvents: string[] };

  for (const lang of ['en', 'ar']) {
    it(`renders with bars sized through the CSSOM and no violation (${lang})`, async () => {
      const frame = document.createElement('iframe');
      frame.title = 'partner page';
      frame.width = '900';
      frame.height = '800';
      frame.src = `/test-results/strict-csp-${lang}.html`;
      document.body.append(frame);
      await until(() => (frame.contentWindow as FrameWindow | null)?.copEvents?.length, 'cop-load', 15000);
      const win = frame.contentWindow as FrameWindow;
      const doc = frame.contentDocument!;
      expect(win.copEvents).to.deep.equal(['load 7']);
      const element = doc.querySelector('cop-consultation-results')!;
      await (element as CopConsultationResults).updateComplete;
      const shadow = element.shadowRoot!;
      // The bars have their lengths: styleMap sets them through the CSSOM, which the policy allows.
      const row = shadow.querySelector<HTMLTableElement>('table[data-chart="seen"]')!.tBodies[0]!.rows[0]!;
      const track = row.querySelector('.meter')!.getBoundingClientRect();
      const bar = row.querySelector('.bar')!.getBoundingClientRect();
      expect(bar.width / track.width).to.be.closeTo(688 / 1270, 0.01);
      expect(row.querySelector('.bar')!.getAttribute('style')).to.contain('--share');
      // …while the policy does block a style attribute parsed from markup.
      const probe = doc.createElement('span');
      probe.setAttribute('style', 'display: inline-block; inline-size: 123px; block-size: 1px');
      doc.body.append(probe);
      expect(probe.getBoundingClientRect().width).to.equal(0);
      await until(() => win.cspViolations.length > 0, 'the probe’s violation report');
      expect(win.cspViolations.every((v) => v.startsWith('style-src'))).to.equal(true);
      expect(win.cspViolations).to.have.length(1);
    });
  }
});
