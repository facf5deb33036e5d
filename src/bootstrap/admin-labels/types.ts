/** How a content type (or component) is presented in the content manager: Ukrainian labels, list columns, read-only fields. */
export interface ContentManagerLayout {
  uid: string;
  /**
   * Where the store remembers that this layout was applied (default: `uid`). A second layout for an already
   * provisioned type (new fields) takes its own key, so it is applied once without re-applying the first.
   */
  key?: string;
  component?: boolean;
  mainField?: string;
  defaultSortBy?: string;
  defaultSortOrder?: 'ASC' | 'DESC';
  /** Columns of the list view, in order. */
  list?: string[];
  /** Fields shown but not editable (computed by the product). */
  readOnly?: string[];
  /** Fields moved in the edit form to a row of their own right after the row holding `after` (new fields land last). */
  placeAfter?: Array<{ field: string; after: string }>;
  /** Fields kept out of the edit form and the list (derived columns nobody reads or types). */
  hidden?: string[];
  /** field → a shorter column header in the list view (the form keeps the full label) */
  listLabels?: Record<string, string>;
  /** field → [label, description?] */
  labels: Record<string, [string] | [string, string]>;
}
