/**
 * Validation errors the backend sent with their fields (plain functions).
 *
 * plone-scrqm refuses bad content with a 400 whose `message` is a JSON list of
 * `{field, message}` (what Volto's Form shows at each field); these find the fields and
 * the fieldsets that hold them.
 */

/** The message of a failed content request: plone.rest's `message` or `error.message`. */
export const refusalMessage = (error) => {
  const body = error?.response?.body;
  return body?.message || body?.error?.message || '';
};

/** The fields named by a refusal's message, in its order, each once ([] if it names none). */
export const fieldsWithErrors = (message) => {
  let errors;
  try {
    errors = JSON.parse(message);
  } catch (e) {
    return [];
  }
  if (!Array.isArray(errors)) return [];
  const fields = [];
  errors.forEach((error) => {
    if (error?.field && !fields.includes(error.field)) fields.push(error.field);
  });
  return fields;
};

/** The ids of the schema's fieldsets holding one of `fields`, in the schema's order. */
export const fieldsetsWithErrors = (schema, fields) =>
  (schema?.fieldsets || [])
    .filter((fieldset) => fieldset.fields.some((field) => fields.includes(field)))
    .map((fieldset) => fieldset.id);
