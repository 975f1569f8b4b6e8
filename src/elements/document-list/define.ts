import { CopDocumentList } from './document-list.js';

CopDocumentList.define('cop-document-list');

declare global {
  interface HTMLElementTagNameMap {
    'cop-document-list': CopDocumentList;
  }
}

export { CopDocumentList };
