// JSON Forms (React + its vanilla renderers) as one ES module for bench/pages/form-jsonforms.html:
// bundled by bench/install.mjs with esbuild into bench/build/jsonforms.js (minified, production
// React), as an application would ship it.
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { JsonForms } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';

/**
 * Renders the form into `container`, with a Submit button that shows the validation errors (JSON
 * Forms validates as you type and hides the errors until asked: ValidateAndHide → ValidateAndShow).
 */
export function mountForm(container, schema, uischema) {
  function App() {
    const [data, setData] = useState({});
    const [mode, setMode] = useState('ValidateAndHide');
    return createElement(
      'form',
      { onSubmit: (event) => (event.preventDefault(), setMode('ValidateAndShow')), noValidate: true },
      createElement(JsonForms, {
        schema,
        uischema,
        data,
        renderers: vanillaRenderers,
        cells: vanillaCells,
        validationMode: mode,
        onChange: ({ data: next }) => setData(next),
      }),
      createElement('button', { type: 'submit', id: 'submit' }, 'Submit'),
    );
  }
  createRoot(container).render(createElement(App));
}
