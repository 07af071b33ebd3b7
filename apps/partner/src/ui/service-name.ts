/** The name in every page title: "<page> – Lantern partner". Never put victim details in a title. */
export const SERVICE_NAME = 'Lantern for support services';
