import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import './styles/app.scss';
import { createApolloClient } from './apollo/client';
import { App } from './app';
import { routes } from './routes';
import { withAppProviders } from './ui/app-providers';

document.body.classList.add('govuk-frontend-supported');

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App client={createApolloClient()} router={createBrowserRouter(withAppProviders(routes))} />
    </StrictMode>,
  );
}
