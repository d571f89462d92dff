/**
 * The Teams client library, loaded only inside Teams: on import it fetches the list of Teams'
 * own domains from Microsoft's CDN, which a page opened in a browser has no use for.
 */
export { app, authentication, pages } from '@microsoft/teams-js';
