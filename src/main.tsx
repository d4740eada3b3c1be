import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import './views/styles/base.css';
import './first-view/first-view.css';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './views/app/App';
import { fetchViaScript, hasOpaqueOrigin } from './platform/fetch-via-script';
import { fetchJson } from './platform/fetch-json';
import { fetchFromDesk } from './platform/desk-preview';
import { DATASET_PATH } from '../geo/contract';
import { announceAppReady, APP_STARTED } from './platform/app-ready';
import { chooseLanguage } from './i18n/language';
import { createDalilStore } from './store/store';
import { DalilStoreContext } from './views/hooks/use-dalil';
import { bindAddressToStore } from './address/bind-store';
import { readAddress } from './address/history';

document.documentElement.dataset[APP_STARTED] = '';
const address = readAddress();
const store = createDalilStore({
  language: chooseLanguage(address.language, navigator.languages),
  embedded: address.embed,
  // In a sandboxed iframe `fetch` of our own files would need CORS; scripts do not (fetch-via-script.ts).
  // In the desk's preview the dataset is the desk's (desk-preview.ts).
  ...(hasOpaqueOrigin()
    ? { fetchJson: fetchViaScript }
    : address.preview && { fetchJson: fetchFromDesk(fetchJson, DATASET_PATH) }),
});
bindAddressToStore(store, window, { preferredLanguages: navigator.languages });
void store.getState().loadDataset();
void store.getState().loadBasemap();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
// A transition: React renders the page in slices, the first view answering the reader meanwhile.
startTransition(() =>
  createRoot(root).render(
    <StrictMode>
      <DalilStoreContext value={store}>
        <App />
      </DalilStoreContext>
    </StrictMode>,
  ),
);

// The first view stays up until the map can show its data on its base map, or say why it cannot: the
// reader never sees a bare map between the picture and the live one.
const unsubscribe = store.subscribe((state) => {
  const basemapSettled = state.basemapDrawn || state.basemapStatus === 'failed';
  if (!(state.status === 'ready' && basemapSettled) && state.status !== 'failed') return;
  unsubscribe();
  requestAnimationFrame(() => announceAppReady());
});
