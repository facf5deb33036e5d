import { useEffect, useState } from 'react';
import { useForm } from '@strapi/strapi/admin';
import { useParams } from 'react-router-dom';
import { EDIT_SECTIONS, sectionOf, sectionPanels, type EditSection } from '../../../bootstrap/admin-labels/edit-sections';

/** Which register a top-level edit layout belongs to, told by a field only that register has. */
const MARKERS: Array<[string, string]> = [
  ['appealType', 'api::appeal.appeal'],
  ['requestText', 'api::information-request.information-request'],
];

/** The sections shown by the form now on screen (the hook below sets it, the titles read it). */
let shown: { uid: string; sections: EditSection[] } | null = null;

/**
 * `Admin/CM/pages/EditView/mutate-edit-view-layout`: the appeal's and the request's form as one panel per section of
 * the work (src/bootstrap/admin-labels/edit-sections.ts), whatever order the stored layout has.
 */
export function editSections({ layout, query }: { layout: any; query: any }) {
  const panels: any[][][] = layout?.layout;
  if (!Array.isArray(panels)) return { layout, query };
  const names = new Set(panels.flat(2).map((f: any) => f?.name));
  const match = MARKERS.find(([field]) => names.has(field));
  if (!match || panels.flat(2).some((f: any) => f?.type === 'dynamiczone')) return { layout, query };
  const all = EDIT_SECTIONS[match[1]];
  const sections = all.filter((_, i) => [...names].some((name) => sectionOf(all, name) === i));
  shown = { uid: match[1], sections };
  return { layout: { ...layout, layout: sectionPanels(panels, all) }, query };
}

const STYLE_ID = 'city-form-sections';
const CSS = `
[data-city-section]::before {
  content: attr(data-city-section);
  display: block; margin-bottom: 16px; font-size: 1.6rem; font-weight: 600; color: #32324d;
}
[data-city-section][data-city-collapsed="true"] { cursor: pointer; }
[data-city-section][data-city-collapsed="true"]::before { content: "▸ " attr(data-city-section) " — розгорнути"; margin-bottom: 0; color: #666687; }
[data-city-section][data-city-collapsed="true"] > * { display: none !important; }
/* a relation picker's «Створити зв’язок» for a user who may not create the target (reference data): not offered */
[role="option"][aria-disabled="true"]:last-child:not(:first-child) { display: none !important; }
`;

const filled = (value: unknown) =>
  value !== null && value !== undefined && value !== '' && value !== false && !(Array.isArray(value) && value.length === 0) &&
  !(typeof value === 'object' && !Array.isArray(value) && Array.isArray((value as any).connect) && (value as any).connect.length === 0);

/** The lowest element holding both `a` and `b`. */
function commonAncestor(a: Element, b: Element): Element | null {
  const path = new Set<Element>();
  for (let el: Element | null = a; el; el = el.parentElement) path.add(el);
  for (let el: Element | null = b; el; el = el.parentElement) if (path.has(el)) return el;
  return null;
}

const fieldElement = (root: ParentNode, field: string) => root.querySelector(`[name="${field}"], [name^="${field}."], [id="${field}"]`);

/**
 * The section headings of the edit form, and the later stages folded: a section whose stage has not come yet (by the
 * item's state) and whose fields are empty shows only its heading; a click opens it. Headings are drawn from a data
 * attribute on each panel, so the form's own elements stay as the content manager renders them.
 */
export const SectionTitles = () => {
  const values = useForm('SectionTitles', (state: any) => state.values) as Record<string, unknown>;
  const onChange = useForm('SectionTitles', (state: any) => state.onChange) as (name: string, value: unknown) => void;
  const { id, slug } = useParams();

  // a new item is received now unless the clerk types another moment
  useEffect(() => {
    if (id === 'create' && slug && slug in EDIT_SECTIONS && values && !values.receivedAt) onChange('receivedAt', new Date().toISOString());
  }, [id, slug, values?.receivedAt]);
  const [opened, setOpened] = useState<Set<string>>(() => new Set());
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (!document.getElementById(STYLE_ID)) {
      const style = document.createElement('style');
      style.id = STYLE_ID;
      style.textContent = CSS;
      document.head.appendChild(style);
    }
    // the form renders its inputs a moment after this component: look again until the panels are there
    const timer = window.setInterval(() => setTick((t) => t + 1), 500);
    return () => window.clearInterval(timer);
  }, []);

  useEffect(() => {
    if (!shown || shown.uid !== slug) return;
    const { sections } = shown;
    const found = sections.map((s) => s.fields.map((f) => fieldElement(document, f)).find(Boolean) ?? null);
    const known = found.filter(Boolean) as Element[];
    if (known.length < 2) return;
    const container = commonAncestor(known[0], known[known.length - 1]);
    if (!container) return;
    const panels = Array.from(container.children);
    if (panels.length !== sections.length) return;
    const cleanups: Array<() => void> = [];
    panels.forEach((panel, i) => {
      const section = sections[i];
      panel.setAttribute('data-city-section', section.title);
      const state = typeof values?.workflowState === 'string' ? values.workflowState : '';
      const later = section.openIn !== undefined && !section.openIn.includes(state) && !section.fields.some((f) => filled(values?.[f]));
      const collapsed = later && !opened.has(section.title);
      panel.setAttribute('data-city-collapsed', collapsed ? 'true' : 'false');
      if (collapsed) {
        const open = () => setOpened((prev) => new Set(prev).add(section.title));
        panel.addEventListener('click', open);
        cleanups.push(() => panel.removeEventListener('click', open));
      }
    });
    return () => cleanups.forEach((c) => c());
  }, [values, opened, tick, slug]);

  return null;
};
