/**
 * The marker catalogue (the `MarkerCatalogue` folder's view): the 18 quality markers by
 * cluster, from `@scr-markers`, each with its statement and how many questions it asks.
 * The catalogue's workflow decides who reads it (signed-in users); the service lists only
 * the markers the reader may see.
 */
import React, { useEffect } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { Link } from 'react-router-dom';
import { defineMessages, useIntl } from 'react-intl';
import { Container } from 'semantic-ui-react';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { getMarkers } from 'volto-scrqm/actions/catalogue';
import { byCluster } from 'volto-scrqm/helpers/catalogue';

const messages = defineMessages({
  marker: { id: 'scrqm-marker-number', defaultMessage: 'Quality marker {number}' },
  questions: {
    id: 'scrqm-marker-question-count',
    defaultMessage: '{count, plural, one {# question} other {# questions}}',
  },
  none: { id: 'scrqm-markers-none', defaultMessage: 'No quality marker to show.' },
  loading: { id: 'scrqm-loading', defaultMessage: 'Loading…' },
});

const MarkerCatalogueView = ({ content }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const state = useSelector((s) => s.scrMarkers) || {};
  useEffect(() => {
    dispatch(getMarkers());
  }, [dispatch]);
  const clusters = byCluster(state.data);
  return (
    <Container id="page-document" className="view-wrapper scrqm-marker-catalogue">
      <h1 className="documentFirstHeading">{content?.title}</h1>
      {content?.description && <p className="documentDescription">{content.description}</p>}
      {state.error && (
        <p role="alert" className="scrqm-error">
          {state.error}
        </p>
      )}
      {state.loading && <p>{intl.formatMessage(messages.loading)}</p>}
      {state.loaded && clusters.length === 0 && <p>{intl.formatMessage(messages.none)}</p>}
      {clusters.map((cluster) => (
        <section
          key={cluster.id}
          className="scrqm-cluster"
          aria-labelledby={`scrqm-cluster-${cluster.id}`}
        >
          <h2 id={`scrqm-cluster-${cluster.id}`}>{cluster.title}</h2>
          <ul className="scrqm-markers" style={{ listStyle: 'none', paddingLeft: 0 }}>
            {cluster.items.map((marker) => (
              <li key={marker.number} className="scrqm-marker-item">
                <h3>
                  <Link to={flattenToAppURL(marker.url || marker['@id'])}>
                    <span className="scrqm-marker-number">
                      {intl.formatMessage(messages.marker, { number: marker.number })}:
                    </span>{' '}
                    {marker.title}
                  </Link>
                </h3>
                <p className="scrqm-marker-statement">{marker.statement}</p>
                <p className="scrqm-marker-questions">
                  {intl.formatMessage(messages.questions, {
                    count: (marker.questions || []).length,
                  })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Container>
  );
};

export default MarkerCatalogueView;
