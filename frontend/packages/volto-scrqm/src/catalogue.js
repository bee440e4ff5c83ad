/**
 * The partnership's registers in Volto: the marker catalogue and marker pages (content
 * views), the dashboard and the action tracker (routes at the site or a folder), a review's
 * information register and history (routes under the review), and the toolbar links that
 * lead there.
 */
import MarkerCatalogueView from 'volto-scrqm/components/MarkerCatalogueView';
import QualityMarkerView from 'volto-scrqm/components/QualityMarkerView';
import Dashboard from 'volto-scrqm/components/Dashboard';
import ActionTracker from 'volto-scrqm/components/ActionTracker';
import InformationRegister from 'volto-scrqm/components/InformationRegister';
import ReviewHistory from 'volto-scrqm/components/ReviewHistory';
import ToolbarLinks from 'volto-scrqm/components/ToolbarLinks';

export const ROUTES = [
  { path: '/scr-dashboard', component: Dashboard, exact: true },
  { path: '/**/scr-dashboard', component: Dashboard, exact: true },
  { path: '/action-tracker', component: ActionTracker, exact: true },
  { path: '/**/review-information', component: InformationRegister, exact: true },
  { path: '/**/review-history', component: ReviewHistory, exact: true },
];

export default function applyCatalogue(config) {
  config.views.contentTypesViews = {
    ...config.views.contentTypesViews,
    MarkerCatalogue: MarkerCatalogueView,
    QualityMarker: QualityMarkerView,
  };
  config.addonRoutes = [...(config.addonRoutes || []), ...ROUTES];
  config.settings.appExtras = [
    ...(config.settings.appExtras || []),
    { match: '', component: ToolbarLinks },
  ];
  return config;
}
