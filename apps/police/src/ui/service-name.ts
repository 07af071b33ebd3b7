/** The name in every page title: "<page> – Lantern police referrals". Never put victim details in a title. */
export const SERVICE_NAME = 'Lantern police referrals';
