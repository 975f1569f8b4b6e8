/**
 * Page navigation: previous, a window of page numbers (the current one marked), next. The arrows
 * of previous and next are the styles' (document-list.styles.ts), not elements.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from '../../i18n/format.js';
import { msg, str } from '../../i18n/msg.js';

/** The pages to offer around `page` of `pages`: the first, the last, and up to two either side. */
export function pageWindow(page: number, pages: number): (number | 'gap')[] {
  const wanted = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2]);
  const list = [...wanted].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  list.forEach((p, i) => {
    const previous = list[i - 1];
    if (previous !== undefined && p - previous > 1) out.push('gap');
    out.push(p);
  });
  return out;
}

export function renderPagination(
  page: number,
  pages: number,
  go: (page: number) => void,
): TemplateResult | typeof nothing {
  if (pages <= 1) return nothing;
  const label = (p: number) => {
    const n = formatNumber(p);
    return msg(str`Go to page ${n}`, {
      id: 'documents.go-to-page-n',
      desc: 'Accessible name of a page number button.',
    });
  };
  return html`<nav
    part="pagination"
    class="pagination"
    aria-label=${msg('Pages', { id: 'documents.pages', desc: 'Accessible name of the page navigation.' })}
  >
    <ul>
      <li>
        <button type="button" class="step" ?disabled=${page <= 1} @click=${() => go(page - 1)}>
          ${msg('Previous', { id: 'documents.previous', desc: 'Button: the previous page of results.' })}
        </button>
      </li>
      ${pageWindow(page, pages).map((p) =>
        p === 'gap'
          ? html`<li aria-hidden="true" class="gap">…</li>`
          : html`<li>
              <button
                type="button"
                aria-label=${label(p)}
                aria-current=${p === page ? 'page' : 'false'}
                @click=${() => go(p)}
              >
                ${formatNumber(p)}
              </button>
            </li>`,
      )}
      <li>
        <button type="button" class="step" ?disabled=${page >= pages} @click=${() => go(page + 1)}>
          ${msg('Next', { id: 'documents.next', desc: 'Button: the next page of results.' })}
        </button>
      </li>
    </ul>
  </nav>`;
}
