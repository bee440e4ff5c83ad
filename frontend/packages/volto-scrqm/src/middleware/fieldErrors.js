/**
 * When the backend refuses an edit or an add with errors at fields, open what holds them.
 *
 * Volto's Form shows each error at its field and, for a form in tabs, opens the first tab
 * with one. A type with blocks edits its fields in the sidebar, in folded fieldsets
 * (accordions), where Volto opens none: an error in a folded fieldset could not be seen.
 * This middleware shows the sidebar's form, unfolds every fieldset with an error and moves
 * to the first such field (Volto's `setMetadataFocus`, which scrolls to it).
 */
import {
  setMetadataFieldsets,
  setMetadataFocus,
  setSidebarTab,
} from '@plone/volto/actions/sidebar/sidebar';
import {
  fieldsetsWithErrors,
  fieldsWithErrors,
  refusalMessage,
} from 'volto-scrqm/helpers/fieldErrors';

const REFUSALS = ['UPDATE_CONTENT_FAIL', 'CREATE_CONTENT_FAIL'];

export const fieldErrorsMiddleware = ({ dispatch, getState }) => (next) => (action) => {
  const result = next(action);
  if (REFUSALS.includes(action?.type)) {
    const fields = fieldsWithErrors(refusalMessage(action.error));
    const schema = getState().schema?.schema;
    const fieldsets = fieldsetsWithErrors(schema, fields);
    if (fieldsets.length > 0) {
      const open = getState().sidebar?.metadataFieldsets || [];
      const first = schema.fieldsets.find((fieldset) => fieldset.id === fieldsets[0]);
      dispatch(setSidebarTab(0));
      dispatch(setMetadataFieldsets([...new Set([...open, ...fieldsets])]));
      dispatch(setMetadataFocus(first.id, first.fields.find((f) => fields.includes(f))));
    }
  }
  return result;
};

export default fieldErrorsMiddleware;
