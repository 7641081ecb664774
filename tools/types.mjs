// Types and a manifest for partners' tools, written from the option table the guide's own parser is
// tested against (src/options/spec.rs, printed by rg-loader-data as `options`), so they cannot
// drift from what the guide accepts:
// - recovery-guide.d.ts: `window.RecoveryGuide`, the <recovery-guide> element's attributes, its
//   events, and HTMLElementTagNameMap and global JSX entries;
// - recovery-guide.react.d.ts: the same element for React 19's JSX (`React.JSX`), for a partner
//   using React to add to their project;
// - custom-elements.json: the Custom Elements Manifest (schema 2.1.0): attributes with their values
//   and defaults, events, CSS custom properties (the guide exposes no CSS parts).
// The events are those the loader dispatches and the custom properties those the styles read;
// tests/tools/types.test.mjs holds both lists to those files.

/** What the loader dispatches on the host element (bubbling, composed). */
export const EVENTS = [
  { name: 'recovery-guide:ready', detail: '{ version: string }', description: 'The full guide is in place.' },
  { name: 'recovery-guide:error', detail: '{ message: string }', description: 'The full guide could not load: the help bar and its fallback stay.' },
];

/** The custom properties a partner may set on the element (README, "Theming"). */
export const CSS_PROPERTIES = [
  { name: '--rg-accent', description: "The help bar's colour.", default: '#1d5fa6' },
  { name: '--rg-font-family', description: "The guide's font.", default: 'system-ui, sans-serif' },
  { name: '--rg-radius', description: 'Corner radius of cards and buttons.', default: '8px' },
  { name: '--rg-max-width', description: "The guide's largest width.", default: '48em' },
  { name: '--rg-sticky-top', description: "Where the slim bar sticks once the help bar has scrolled away (a fixed header's height).", default: '0px' },
];

const quote = (v) => JSON.stringify(v);

/** The element's entry in a JSX namespace (global, or React's), indented to sit inside a block. */
const jsxNamespace = (indent) => [
  'namespace JSX {',
  '  interface IntrinsicElements {',
  '    "recovery-guide": RecoveryGuideJsxProps;',
  '  }',
  '}',
].map((line) => indent + line);
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

/** An option's values as a TypeScript type. */
function tsType(option) {
  const { values } = option;
  if (values.oneOf) return values.oneOf.map(quote).join(' | ');
  // A comma-separated list: any string, its parts named in the comment.
  return 'string';
}

/** An option's values in words, for comments and the manifest. */
function described(option) {
  const { values } = option;
  if (values.oneOf) return `one of ${values.oneOf.join(', ')}`;
  if (values.listOf) return `any of ${values.listOf.join(', ')}, comma-separated, in the order wanted`;
  if (values.text) return `plain text, at most ${values.text} characters`;
  if (values === 'phone') return 'a phone number in international form (+1 800 555 0100) or a short code';
  return 'an https:// address';
}

function docComment(option, indent = '  ') {
  const dflt = option.default === null ? '' : ` Default: ${option.default}.`;
  return `${indent}/** ${option.doc} Values: ${described(option)}.${dflt} */`;
}

/** recovery-guide.d.ts */
export function declarations(options, version) {
  const attrs = options.filter((o) => !o.scriptOnly);
  const lines = [
    `// Recovery Guide ${version}: types for the loader's API, the <recovery-guide> element and its events.`,
    '// Written by tools/types.mjs from the option table the guide\'s parser is tested against.',
    '',
    '/** The element\'s attributes (and the script tag\'s data- attributes, page-wide defaults). */',
    'export interface RecoveryGuideAttributes {',
    ...attrs.flatMap((o) => [docComment(o), `  ${quote(o.name)}?: ${tsType(o)};`]),
    '}',
    '',
    '/** The options of RecoveryGuide.mount: the same, in camelCase (or kebab-case); on/off may be booleans. */',
    'export interface RecoveryGuideOptions {',
    ...attrs.flatMap((o) => {
      const type = o.values.oneOf && o.values.oneOf.join() === 'on,off' ? `${tsType(o)} | boolean` : tsType(o);
      return [docComment(o), `  ${camel(o.name)}?: ${type};`];
    }),
    '}',
    '',
    '/** A mounted guide. */',
    'export interface RecoveryGuideHandle {',
    '  /** Takes the guide down and frees it. Safe to call more than once. */',
    '  unmount(): void;',
    '  /**',
    '   * Draws the guide again with these options (all of them: what is left out takes its default),',
    '   * keeping the steps and questions the reader opened and whose words they chose. Several',
    '   * calls in one task draw once; `recovery-guide:ready` follows.',
    '   */',
    '  update(options?: RecoveryGuideOptions): void;',
    '}',
    '',
    '/** window.RecoveryGuide, defined by recovery-guide.js (frozen: a page cannot replace it). */',
    'export interface RecoveryGuideApi {',
    '  readonly version: string;',
    '  mount(element: Element, options?: RecoveryGuideOptions): RecoveryGuideHandle;',
    '}',
    '',
    '/** Events the element dispatches (they bubble and cross shadow roots). */',
    'export interface RecoveryGuideEventMap {',
    ...EVENTS.flatMap((e) => [`  /** ${e.description} */`, `  ${quote(e.name)}: CustomEvent<${e.detail}>;`]),
    '}',
    '',
    '/** <recovery-guide>: options are set as attributes (a change draws the guide again); `data-rg-state` reads loading, ready or fallback. */',
    'export interface RecoveryGuideElement extends HTMLElement {',
    '  addEventListener<K extends keyof RecoveryGuideEventMap>(type: K, listener: (this: RecoveryGuideElement, ev: RecoveryGuideEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;',
    '  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;',
    '}',
    '',
    '/** The element in JSX: its attributes, and what any element takes. */',
    'export type RecoveryGuideJsxProps = RecoveryGuideAttributes & {',
    '  id?: string;',
    '  class?: string;',
    '  className?: string;',
    '  children?: unknown;',
    '  key?: string | number;',
    '  ref?: unknown;',
    '};',
    '',
    'declare global {',
    '  interface Window {',
    '    readonly RecoveryGuide: RecoveryGuideApi;',
    '  }',
    '  interface HTMLElementTagNameMap {',
    '    "recovery-guide": RecoveryGuideElement;',
    '  }',
    ...jsxNamespace('  '),
    '}',
    '',
  ];
  return lines.join('\n');
}

/** recovery-guide.react.d.ts: React 19 reads JSX elements from React.JSX, not the global JSX. */
export function reactDeclarations(version) {
  return [
    `// Recovery Guide ${version}: <recovery-guide> in React 19's JSX. Add it beside recovery-guide.d.ts.`,
    'import type { RecoveryGuideJsxProps } from "./recovery-guide";',
    'import "react";',
    '',
    'declare module "react" {',
    ...jsxNamespace('  '),
    '}',
    '',
  ].join('\n');
}

/** custom-elements.json (https://github.com/webcomponents/custom-elements-manifest, schema 2.1.0). */
export function manifest(options, version) {
  const attrs = options.filter((o) => !o.scriptOnly);
  const attribute = (o) => ({
    name: o.name,
    description: `${o.doc} Values: ${described(o)}.`,
    type: { text: o.values.oneOf ? tsType(o) : 'string' },
    ...(o.default === null ? {} : { default: quote(o.default) }),
  });
  return {
    schemaVersion: '2.1.0',
    readme: 'README.md',
    modules: [{
      kind: 'javascript-module',
      path: 'recovery-guide.js',
      description: `Recovery Guide ${version}: the loader, a classic script that defines <recovery-guide> and window.RecoveryGuide.`,
      declarations: [{
        kind: 'class',
        customElement: true,
        tagName: 'recovery-guide',
        name: 'RecoveryGuideElement',
        description: 'A step-by-step guide to the first steps toward help for opioid use, with the region\'s helplines.',
        attributes: attrs.map(attribute),
        events: EVENTS.map((e) => ({ name: e.name, type: { text: `CustomEvent<${e.detail}>` }, description: e.description })),
        cssProperties: CSS_PROPERTIES.map((p) => ({ name: p.name, description: p.description, ...(p.default ? { default: p.default } : {}) })),
        cssParts: [],
      }],
      exports: [{ kind: 'custom-element-definition', name: 'recovery-guide', declaration: { name: 'RecoveryGuideElement', module: 'recovery-guide.js' } }],
    }],
  };
}
