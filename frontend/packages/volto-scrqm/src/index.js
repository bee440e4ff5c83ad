/**
 * volto-scrqm: Volto views and routes for plone-scrqm.
 *
 * Add it to a Volto project as a package and by name in `addons`; the backend needs the
 * plone-scrqm add-on and plone.volto.
 */
import ReviewDocumentView from 'volto-scrqm/components/ReviewDocumentView';
import ReviewView from 'volto-scrqm/components/ReviewView';
import PublishedReviews from 'volto-scrqm/components/PublishedReviews';
import reducers from 'volto-scrqm/reducers';
import applyCatalogue from 'volto-scrqm/catalogue';

const applyConfig = (config) => {
  config.views.contentTypesViews = {
    ...config.views.contentTypesViews,
    // Published documents: no `@types` needed, so they render for Anonymous.
    ReviewReport: ReviewDocumentView,
    BoardResponse: ReviewDocumentView,
    CaseReview: ReviewView,
  };
  config.addonRoutes = [
    ...(config.addonRoutes || []),
    { path: '/published-reviews', component: PublishedReviews, exact: true },
    { path: '/**/published-reviews', component: PublishedReviews, exact: true },
  ];
  config.addonReducers = { ...(config.addonReducers || {}), ...reducers };
  applyCatalogue(config);
  return config;
};

export default applyConfig;
