// The manifest check (run by `npm run build`, after `cem analyze`): every element in
// dist/custom-elements.json describes each public attribute, property, method, event, slot,
// CSS part and CSS custom property — Storybook's docs pages and editors' hints come from these
// descriptions, so a member without one is undocumented for partners.
//   node scripts/check-manifest.mjs [manifest]   (default dist/custom-elements.json)
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'dist/custom-elements.json';
const manifest = JSON.parse(readFileSync(file, 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);

const missing = [];
let documented = 0;
const check = (tag, kind, items) => {
  for (const item of items ?? []) {
    if (item.description?.trim()) documented += 1;
    else missing.push(`<${tag}> ${kind} ${item.name || '(default)'}`);
  }
};
for (const element of elements) {
  const tag = element.tagName;
  if (!element.description?.trim()) missing.push(`<${tag}> has no description`);
  const publicMembers = (element.members ?? []).filter(
    (member) => !member.privacy && !member.name.startsWith('_') && !member.name.startsWith('#'),
  );
  check(tag, 'attribute', element.attributes);
  check(
    tag,
    'property',
    publicMembers.filter((member) => member.kind === 'field'),
  );
  check(
    tag,
    'method',
    publicMembers.filter((member) => member.kind === 'method'),
  );
  check(tag, 'event', element.events);
  check(tag, 'slot', element.slots);
  check(tag, 'CSS part', element.cssParts);
  check(tag, 'CSS custom property', element.cssProperties);
}

if (elements.length === 0) missing.push('no custom element in the manifest');
if (missing.length > 0) {
  console.error(`${file}: ${missing.length} undocumented:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `${file}: ${elements.length} elements, ${documented} documented members, none without a description.`,
);
