import { shutdownAzureMonitor, useAzureMonitor } from '@azure/monitor-opentelemetry';

/**
 * Sends requests, dependencies (Cosmos, Bot Connector) and exceptions to Application Insights.
 * Call before the server's modules load, so their HTTP calls are instrumented.
 */
export function startTelemetry(connectionString: string): { stop(): Promise<void> } {
  useAzureMonitor({ azureMonitorExporterOptions: { connectionString }, enableLiveMetrics: false });
  return { stop: () => shutdownAzureMonitor() };
}
