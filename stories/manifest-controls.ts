/**
 * Storybook's controls and API tables, from the custom elements manifest (custom-elements.json):
 * a control for each public property (and for `lang`, an attribute no property backs), and the
 * rest of each element's API (the attributes its properties reflect, events, slots, parts, custom
 * properties) as rows of the API table, without controls. Every control reaches the element:
 * `renderElement` sets each arg as the property, or the attribute, the manifest names.
 */
import type { ArgTypes, Args } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json' with { type: 'json' };

interface Item {
  name: string;
  description?: string;
}
interface Member extends Item {
  kind: string;
  static?: boolean;
  readonly?: boolean;
  type?: { text: string };
}
interface Attribute extends Item {
  fieldName?: string;
}
interface Declaration {
  tagName?: string;
  members?: Member[];
  attributes?: Attribute[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}
interface Manifest {
  modules: { declarations: Declaration[] }[];
}

/**
 * The manifest as Storybook reads it: without static members (a class's `version` is no control).
 * Private members are not in the manifest at all (custom-elements-manifest.config.mjs).
 */
export function storybookManifest(source: unknown = manifest): Manifest {
  const copy = structuredClone(source) as Manifest;
  for (const declaration of copy.modules.flatMap((module) => module.declarations)) {
    declaration.members = (declaration.members ?? []).filter((member) => !member.static);
  }
  return copy;
}

function declarationOf(tag: string): Declaration {
  const declaration = storybookManifest().modules.flatMap((module) => module.declarations).find((candidate) => candidate.tagName === tag);
  if (!declaration) throw new Error(`custom-elements.json has no <${tag}>: run npm run analyze.`);
  return declaration;
}

/** The properties a control can set: public fields an app may write. */
function settableFields(declaration: Declaration): Member[] {
  return (declaration.members ?? []).filter((member) => member.kind === 'field' && !member.readonly);
}

function controlFor(type = ''): 'boolean' | 'number' | 'text' | 'object' {
  if (/^boolean\b/.test(type)) return 'boolean';
  if (/^number\b/.test(type)) return 'number';
  if (/^string\b/.test(type)) return 'text';
  return 'object';
}

/** The event's arg name, as Storybook names it (`health-topic-load` is `onHealthTopicLoad`). */
function handlerName(event: string): string {
  return `on${event.replace(/(?:^|[-_:.\s]+)(.)/g, (_match, letter: string) => letter.toUpperCase())}`;
}

/** The element's argTypes: `overrides` change a control (a select of languages, say). */
export function elementArgTypes(tag: string, overrides: ArgTypes = {}): ArgTypes {
  const declaration = declarationOf(tag);
  const fields = settableFields(declaration);
  const argTypes: ArgTypes = {};
  for (const field of fields) argTypes[field.name] = { control: controlFor(field.type?.text) };
  for (const attribute of declaration.attributes ?? []) {
    const backed = fields.some((field) => field.name === attribute.fieldName);
    // An attribute its property reflects is set through the property's control; `lang` has its own.
    if (!backed) argTypes[attribute.name] = { control: 'text' };
    else if (attribute.name !== attribute.fieldName) argTypes[attribute.name] = { control: false };
  }
  for (const event of declaration.events ?? []) argTypes[event.name] = { control: false };
  for (const item of [...(declaration.cssParts ?? []), ...(declaration.cssProperties ?? [])]) argTypes[item.name] = { control: false };
  // Storybook leaves out the default slot, whose name is empty: it is part of the API too.
  for (const slot of declaration.slots ?? []) {
    const name = slot.name || '(default slot)';
    argTypes[name] = { name, description: slot.description, control: false, table: { category: 'slots', type: { summary: 'HTML' } } };
  }
  return { ...argTypes, ...overrides };
}

/**
 * The element with its args: each public property set as a property, each attribute no property
 * backs (`lang`) as an attribute, each event's handler (the Actions panel's) as a listener.
 */
export function renderElement(tag: string, args: Args): HTMLElement {
  const declaration = declarationOf(tag);
  const element = document.createElement(tag) as HTMLElement & Record<string, unknown>;
  const fields = new Set(settableFields(declaration).map((field) => field.name));
  const attributes = new Set((declaration.attributes ?? []).filter((attribute) => !fields.has(attribute.fieldName ?? '')).map((attribute) => attribute.name));
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined) continue;
    if (fields.has(name)) element[name] = value;
    else if (attributes.has(name) && value !== '') element.setAttribute(name, String(value));
  }
  for (const event of declaration.events ?? []) {
    const handler = args[handlerName(event.name)];
    if (typeof handler === 'function') element.addEventListener(event.name, handler as EventListener);
  }
  return element;
}
