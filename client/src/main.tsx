// The entry point: the learner store and the cohort and privacy stores that follow it, over the real API, rendered
// by React.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/api-client.ts';
import { createCohortApi } from './api/cohort-api.ts';
import { createPrivacyApi } from './api/privacy-api.ts';
import { App } from './components/app.tsx';
import { BedsideContext } from './components/bedside-context.ts';
import { CohortContext } from './components/cohort-context.ts';
import { PrivacyContext } from './components/privacy-context.ts';
import { syncHistory } from './routing/history-sync.ts';
import { createCohortStore } from './state/cohort-store.ts';
import { createPrivacyStore } from './state/privacy-store.ts';
import { createBedsideStore } from './state/store.ts';
import './styles.css';
import './feedback.css';
import './progress.css';
import './cohorts.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const api = createApiClient();
const store = createBedsideStore(api);
const cohorts = createCohortStore({ ...api, ...createCohortApi() }, store);
const privacy = createPrivacyStore(createPrivacyApi(), store);
// The address names the first page, and Back and Forward move between pages from then on.
syncHistory(store);

createRoot(root).render(
  <StrictMode>
    <BedsideContext value={store}>
      <CohortContext value={cohorts}>
        <PrivacyContext value={privacy}>
          <App />
        </PrivacyContext>
      </CohortContext>
    </BedsideContext>
  </StrictMode>,
);
