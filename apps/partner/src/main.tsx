import { createApolloClient } from '@lantern/client/apollo-client';
import { mountApp } from '@lantern/client/mount-app';
import { createBrowserRouter } from 'react-router';
import './styles/app.scss';
import { App } from './app';
import { routes } from './routes';

mountApp(<App client={createApolloClient({ app: 'partner' })} router={createBrowserRouter(routes)} />);
