/**
 * The review page (CaseReview): the record's fieldsets as the schema orders them (lists as
 * lists), the phase panel, the clocks and the overdue information requests. The schema comes from `@types`, which only the review team
 * reads; a visitor without it sees the title only (a review is never public).
 */
import React, { useEffect } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { Container } from 'semantic-ui-react';
import { getSchema } from '@plone/volto/actions/schema/schema';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import FieldValue from 'volto-scrqm/components/FieldValue';
import PhasePanel from 'volto-scrqm/components/PhasePanel';
import ReviewStatus from 'volto-scrqm/components/ReviewStatus';
import AssessmentLinks from 'volto-scrqm/components/assessment/AssessmentLinks';
import { fieldsetsWithValues } from 'volto-scrqm/helpers/values';

export const RecordFieldsets = ({ schema, content }) => (
  <div className="scrqm-record">
    {fieldsetsWithValues(schema, content, ['title', 'description']).map((fieldset) => (
      <section key={fieldset.id} className={`scrqm-fieldset scrqm-fieldset-${fieldset.id}`}>
        <h2>{fieldset.title}</h2>
        <dl>
          {fieldset.fields.map((field) => (
            <React.Fragment key={field.id}>
              <dt>{field.title}</dt>
              <dd>
                <FieldValue value={field.value} />
              </dd>
            </React.Fragment>
          ))}
        </dl>
      </section>
    ))}
  </div>
);

const ReviewView = ({ content }) => {
  const dispatch = useDispatch();
  const type = content?.['@type'];
  const schema = useSelector((state) => state.schema?.schema);
  useEffect(() => {
    // Volto's API helper sends full URLs as they are: the path goes through `++api++`.
    if (type) dispatch(getSchema(type, flattenToAppURL(content['@id'])));
  }, [dispatch, type, content]);
  return (
    <Container id="page-document" className="view-wrapper scrqm-review">
      <h1 className="documentFirstHeading">{content.title}</h1>
      {content.description && (
        <p className="documentDescription">{content.description}</p>
      )}
      <PhasePanel url={content['@id']} />
      <ReviewStatus url={content['@id']} />
      <AssessmentLinks url={content['@id']} />
      {schema && <RecordFieldsets schema={schema} content={content} />}
    </Container>
  );
};

export default ReviewView;
