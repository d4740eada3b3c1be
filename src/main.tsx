import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import './styles/base.css';
import './first-view/first-view.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { fetchViaScript, hasOpaqueOrigin } from './embed/fetch-via-script';
import { announceAppReady } from './first-view/app-ready';
import { initialLanguage } from './i18n/language';
import { createDalilStore } from './store/store';
import { DalilStoreContext } from './store/use-dalil';
import { bindUrlToStore } from './url/bind-url-to-store';
import { parseUrlState } from './url/url-state';

const store = createDalilStore({
  language: initialLanguage(window.location.search, navigator.languages),
  embedded: parseUrlState(window.location.search).embed,
  // In a sandboxed iframe `fetch` of our own files would need CORS; scripts do not (fetch-via-script.ts).
  ...(hasOpaqueOrigin() && { fetchJson: fetchViaScript }),
});
bindUrlToStore(store);
void store.getState().loadDataset();
void store.getState().loadBasemap();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <DalilStoreContext value={store}>
      <App />
    </DalilStoreContext>
  </StrictMode>,
);

// The first view stays up until the map can show its data, or say why it cannot.
const unsubscribe = store.subscribe((state) => {
  if (state.status !== 'ready' && state.status !== 'failed') return;
  unsubscribe();
  requestAnimationFrame(() => announceAppReady());
});
