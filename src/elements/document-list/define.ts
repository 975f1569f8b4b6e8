import { CopDocumentList } from './document-list.js';
import { warmUpDocumentList } from './warm-up.js';

CopDocumentList.define('cop-document-list');
warmUpDocumentList();

declare global {
  interface HTMLElementTagNameMap {
    'cop-document-list': CopDocumentList;
  }
}

export { CopDocumentList };
