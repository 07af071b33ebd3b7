/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where quick exit sends the victim status page (default: a neutral weather page). Set at build time. */
  readonly VITE_QUICK_EXIT_URL?: string;
}
