// The custom elements manifest (dist/custom-elements.json): Storybook's controls and docs, and
// editors' autocompletion, come from the elements' JSDoc through it.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
};
