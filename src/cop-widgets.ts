/**
 * Registers every cop-widgets element. This is the entry of the self-contained
 * `dist/cop-widgets.js` that partner pages load with one `<script type="module">`.
 */
import './elements/consultation-form/define.js';
import './elements/consultation-results/define.js';
import './elements/document-list/define.js';
import './elements/recommendation-timeline/define.js';
import './elements/resource-directory/define.js';

export * from './index.js';
