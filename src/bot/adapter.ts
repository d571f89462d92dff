import { TeamsAdapter } from '@microsoft/teams-ai';
import { ConfigurationServiceClientCredentialFactory, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult } from 'botframework-connector';
import type { Config } from '../config';

/**
 * The Teams adapter with authentication split from processing, so the server can refuse a
 * tenant after the caller is authenticated and before any route runs.
 */
export class TrackerAdapter extends TeamsAdapter {
  /** Validates the Bot Framework token; anonymous when the bot has no credentials. Throws AuthenticationError. */
  authenticate(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
  }

  run(auth: AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, activity, logic);
  }
}

export function createAdapter(bot: Config['bot']): TrackerAdapter {
  if (!bot) return new TrackerAdapter({});
  const settings = {
    MicrosoftAppId: bot.appId,
    MicrosoftAppPassword: bot.password,
    MicrosoftAppType: bot.appType,
    MicrosoftAppTenantId: bot.tenantId,
  };
  return new TrackerAdapter(settings, new ConfigurationServiceClientCredentialFactory(settings));
}
