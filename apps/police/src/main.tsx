import { createApolloClient } from '@lantern/client/apollo-client';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import './styles.scss';
import { App } from './app';
import { routes } from './routes';

// GOV.UK Frontend's CSS hides conditional reveals and similar only when this class is present.
document.body.classList.add('govuk-frontend-supported');

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
createRoot(root).render(
  <StrictMode>
    <App client={createApolloClient()} router={createBrowserRouter(routes)} />
  </StrictMode>,
);
