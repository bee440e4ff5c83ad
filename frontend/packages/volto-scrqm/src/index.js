/**
 * volto-scrqm: Volto views and routes for plone-scrqm.
 *
 * Add it to a Volto project as a package and by name in `addons`; the backend needs the
 * plone-scrqm add-on and plone.volto.
 */
import ReviewDocumentView from 'volto-scrqm/components/ReviewDocumentView';
import ReviewView from 'volto-scrqm/components/ReviewView';
import PublishedReviews from 'volto-scrqm/components/PublishedReviews';
import LinesWidget from 'volto-scrqm/components/widgets/LinesWidget';
import fieldErrorsMiddleware from 'volto-scrqm/middleware/fieldErrors';
import reducers from 'volto-scrqm/reducers';
import assessmentRoutes from 'volto-scrqm/components/assessment/routes';
import privateRoutes from 'volto-scrqm/privateRoutes';
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
    ...assessmentRoutes,
    ...privateRoutes,
  ];
  // Lists written one per line (the backend's hint `frontendOptions: {widget: 'lines'}`).
  config.widgets.widget.lines = LinesWidget;
  // A refused edit: unfold the sidebar's fieldsets that hold the fields with errors.
  config.settings.storeExtenders = [
    ...(config.settings.storeExtenders || []),
    (stack) => [...stack, fieldErrorsMiddleware],
  ];
  config.addonReducers = { ...(config.addonReducers || {}), ...reducers };
  applyCatalogue(config);
  return config;
};

export default applyConfig;
