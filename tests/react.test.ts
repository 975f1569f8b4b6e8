// cop-widgets/react in a real React 18 (react-dom/client), served to the browser as ES modules by
// tests/server/plugins/react.mjs. Props become element properties, `on…` props become listeners.
import { expect, waitUntil } from '@open-wc/testing';
import type { CopConsultationForm as CopConsultationFormElement } from '../src/elements/consultation-form/consultation-form.js';
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { act } from 'react';
import {
  CopConsultationForm,
  CopConsultationResults,
  CopDocumentList,
  CopRecommendationTimeline,
  CopResourceDirectory,
} from '../src/react/index.js';
import type { CopErrorDetail, CopLoadDetail, CopSubmitDetail } from '../src/react/index.js';
import {
  consultation,
  feedOf,
  fillRequired,
  newKey,
  stored,
  submitButton,
} from './consultation-form-helpers.js';

const feed = () => ({
  version: 1,
  topics: [{ id: 'safety', label: { en: 'Safety', fr: 'Sécurité' } }],
  meetings: [{ id: 'm9', number: 9, date: '2015-01-23' }],
  recommendations: [
    {
      id: 'r1',
      meetings: ['m9'],
      text: { en: 'Consult young people online', fr: 'Consulter les jeunes en ligne' },
    },
  ],
  documents: [
    {
      id: 'd1',
      title: { en: 'Report of the meeting', fr: 'Rapport de la réunion' },
      date: '2015-01-23',
      type: 'report',
      meeting: 'm9',
      files: [{ lang: 'en', url: 'https://docs.example.org/d1.pdf', format: 'pdf' }],
    },
    {
      id: 'd2',
      title: { en: 'Youth consultation results', fr: 'Résultats de la consultation des jeunes' },
      date: '2015-02-01',
      type: 'report',
      files: [{ lang: 'fr', url: 'https://docs.example.org/d2.pdf', format: 'pdf' }],
    },
  ],
  resources: [
    {
      id: 'x1',
      title: { en: 'National helpline', fr: 'Ligne d’écoute nationale' },
      url: 'https://helpline.example.org/',
      kind: 'good-practice',
      scope: 'national',
      region: 'europe',
      country: 'FR',
    },
  ],
});

let container: HTMLElement;
let root: Root;
const render = (element: React.ReactElement) => act(() => root.render(element));
const text = (element: Element | null) => element?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('cop-widgets/react with React 18', () => {
  beforeEach(() => {
    // React 18 warns about updates outside act() unless it is told it runs under a test.
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(async () => {
    await act(() => root.unmount());
    container.remove();
  });

  it('is React 18', () => {
    expect(React.version).to.match(/^18\./);
  });

  it('sets feed and presets as properties, reports cop-load to onCopLoad, and follows new props', async () => {
    const data = feed();
    const list = (lang: string, pageSize: number, loads: CopLoadDetail[]) =>
      React.createElement(CopDocumentList, {
        feed: data,
        lang,
        pageSize,
        onCopLoad: (event: CustomEvent<CopLoadDetail>) => loads.push(event.detail),
      });
    const loads: CopLoadDetail[] = [];
    await render(list('fr', 1, loads));
    const element = container.querySelector('cop-document-list')!;
    await waitUntil(() => loads.length === 1, 'onCopLoad called');
    expect(loads[0]!.count).to.equal(2);
    // A property, not a "[object Object]" attribute.
    expect(element.feed).to.equal(data);
    expect(element.hasAttribute('feed')).to.be.false;
    expect(element.pageSize).to.equal(1);
    expect(text(element)).to.contain('Résultats de la consultation des jeunes');
    expect(text(element)).not.to.contain('Rapport de la réunion'); // page 2 of 2

    const later: CopLoadDetail[] = [];
    await render(list('en', 5, later));
    // The same element, updated in place: English, both documents on one page.
    expect(container.querySelector('cop-document-list')).to.equal(element);
    await element.updateComplete;
    expect(element.getAttribute('lang')).to.equal('en');
    expect(text(element)).to.contain('Report of the meeting');
    expect(text(element)).to.contain('Youth consultation results');
    element.reload();
    await waitUntil(() => later.length === 1, 'the new onCopLoad called');
    expect(loads).to.have.length(1); // the old listener was removed
  });

  it('renders the timeline and the directory from src over HTTP and a feed object', async () => {
    const events: string[] = [];
    await render(
      React.createElement(
        React.Fragment,
        null,
        React.createElement(CopRecommendationTimeline, {
          src: '/test-feed/ok/react-timeline',
          onCopLoad: (event: CustomEvent<CopLoadDetail>) => events.push(`timeline ${event.detail.count}`),
        }),
        React.createElement(CopResourceDirectory, {
          feed: feed(),
          lang: 'fr',
          onCopLoad: (event: CustomEvent<CopLoadDetail>) => events.push(`directory ${event.detail.count}`),
        }),
      ),
    );
    await waitUntil(() => events.length === 2, 'both loaded', { timeout: 5000 });
    expect(events.sort()).to.deep.equal(['directory 1', 'timeline 1']);
    expect(text(container.querySelector('cop-resource-directory'))).to.contain('Ligne d’écoute nationale');
  });

  it('renders the consultation results with the consultation prop, reporting the questions shown', async () => {
    const loads: CopLoadDetail[] = [];
    await render(
      React.createElement(CopConsultationResults, {
        src: '/test-results/feed/full',
        consultation: 'fixture-results-2025',
        lang: 'fr',
        onCopLoad: (event: CustomEvent<CopLoadDetail>) => loads.push(event.detail),
      }),
    );
    await waitUntil(() => loads.length === 1, 'onCopLoad called', { timeout: 5000 });
    expect(loads[0]!.count).to.equal(1);
    const element = container.querySelector('cop-consultation-results')!;
    expect(text(element)).to.contain('57 réponses');
  });

  it('reports a feed that cannot be loaded to onCopError', async () => {
    const errors: CopErrorDetail[] = [];
    await render(
      React.createElement(CopDocumentList, {
        src: '/test-feed/status/404',
        onCopError: (event: CustomEvent<CopErrorDetail>) => errors.push(event.detail),
      }),
    );
    await waitUntil(() => errors.length === 1, 'onCopError called', { timeout: 5000 });
    expect(errors[0]!.code).to.equal('http');
  });

  it('gives the form element to a ref and reports an accepted response to onCopSubmit', async () => {
    localStorage.clear();
    const key = newKey();
    const ref = React.createRef<CopConsultationFormElement>();
    const submits: CopSubmitDetail[] = [];
    await render(
      React.createElement(CopConsultationForm, {
        ref,
        feed: feedOf(consultation()),
        endpoint: `/test-consultation/201/${key}`,
        onCopSubmit: (event: CustomEvent<CopSubmitDetail>) => submits.push(event.detail),
      }),
    );
    const form = container.querySelector('cop-consultation-form')!;
    expect(ref.current).to.equal(form);
    await waitUntil(() => form.shadowRoot?.querySelector('[part~="submit-button"]'), 'form rendered');
    await fillRequired(form);
    submitButton(form).click();
    await waitUntil(() => submits.length === 1, 'onCopSubmit called', { timeout: 5000 });
    expect(submits[0]!.consultation).to.equal('test-youth');
    expect((await stored(key)).keys).to.deep.equal([submits[0]!.submissionId]);
    localStorage.clear();
  });
});
