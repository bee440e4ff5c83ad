/**
 * The review team's private pages of a review (privacy check, chronology and its import,
 * family and letters): Volto routes under the review, fed by the add-on's REST services.
 */
import Chronology from 'volto-scrqm/components/Chronology';
import ChronologyImport from 'volto-scrqm/components/ChronologyImport';
import Family from 'volto-scrqm/components/Family';
import FamilyLetter from 'volto-scrqm/components/FamilyLetter';
import PrivacyCheck from 'volto-scrqm/components/PrivacyCheck';

export default [
  { path: '/**/privacy-check', component: PrivacyCheck, exact: true },
  { path: '/**/chronology', component: Chronology, exact: true },
  { path: '/**/chronology-import', component: ChronologyImport, exact: true },
  { path: '/**/family', component: Family, exact: true },
  { path: '/**/family-letter', component: FamilyLetter, exact: true },
];
