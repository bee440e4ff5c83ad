/** The routes of the self-assessment pages, on a review and on a marker assessment. */
import AssessForm from 'volto-scrqm/components/assessment/AssessForm';
import AssessmentCompare from 'volto-scrqm/components/assessment/AssessmentCompare';
import AssessmentOverview from 'volto-scrqm/components/assessment/AssessmentOverview';
import MarkerAssessment from 'volto-scrqm/components/assessment/MarkerAssessment';

const routes = [
  { path: '/**/assessment-overview', component: AssessmentOverview, exact: true },
  { path: '/**/marker-assessment', component: MarkerAssessment, exact: true },
  { path: '/**/assessment-compare', component: AssessmentCompare, exact: true },
  { path: '/**/assess', component: AssessForm, exact: true },
];

export default routes;
