import { LanternPage } from './lantern-page';

/** Base of the police app's page objects. */
export abstract class PolicePage extends LanternPage {}
