import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { languageFromSearch } from './i18n/language';
import { createDalilStore } from './store/store';
import { DalilStoreContext } from './store/use-dalil';

const store = createDalilStore({ language: languageFromSearch(window.location.search) });
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
