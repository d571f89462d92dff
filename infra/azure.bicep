// Improvement Tracker on Azure, deployed by `atk provision` (m365agents.yml, arm/deploy):
//   - a Linux App Service plan and web app running the bot (Node 22 LTS), with a system-assigned identity;
//   - an Azure Bot registration (single tenant) with the Microsoft Teams channel;
//   - Azure Cosmos DB for NoSQL with keys turned off: the web app reads and writes with its identity;
//   - Application Insights on a Log Analytics workspace, which also receives the web app's logs.
// Every output is written back into env/.env.<environment> by the toolkit.

@description('Lower-case letters and digits that begin every resource name; azure.parameters.json appends RESOURCE_SUFFIX.')
@minLength(3)
@maxLength(30)
param resourceBaseName string

@description('Azure region for everything except the bot registration, which is global.')
param location string = resourceGroup().location

@description('App Service plan size. Always On needs Basic (B1) or above.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'P0v3'
  'P1v3'
])
param appServiceSku string = 'B1'

@description('Client (application) id of the bot app registration in Microsoft Entra ID (BOT_ID).')
param botAppId string

@description('Tenant of the bot app registration (BOT_TENANT_ID): the council tenant.')
param botTenantId string

@secure()
@description('Client secret of the bot app registration (SECRET_BOT_PASSWORD). Kept only as an App Service setting.')
param botPassword string

@description('Comma-separated tenant ids whose users may talk to the bot. By default only the council tenant.')
param allowedTenantIds string = botTenantId

@description('Name of the bot registration shown in the Azure portal.')
@maxLength(42)
param botDisplayName string = 'Improvement Tracker'

@description('F0 is free and covers the Teams channel; S1 only matters for premium channels.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('serverless: pay per request, right for one council. autoscale: throughput shared by the containers, scaling between 10% and 100% of autoscaleMaxThroughput.')
@allowed([
  'serverless'
  'autoscale'
])
param cosmosThroughputMode string = 'serverless'

@description('Highest RU/s the database scales to when cosmosThroughputMode is autoscale (1000 or more, in steps of 1000).')
@minValue(1000)
@maxValue(1000000)
param autoscaleMaxThroughput int = 1000

@description('Cosmos DB database name (COSMOS_DATABASE).')
param cosmosDatabaseName string = 'improvement-tracker'

@description('Which plan (partition) the bot serves (PLAN_ID); the id in the plan data file.')
param planId string = 'children-first'

@description('The plan time zone, used for today, overdue and this month (TZ).')
param timeZone string = 'Europe/London'

@allowed([
  'fatal'
  'error'
  'warn'
  'info'
  'debug'
  'trace'
])
param logLevel string = 'info'

param tags object = {
  application: 'improvement-tracker'
}

// One declaration of the containers: infra/containers.json is generated from src/store/containers.ts.
var containerDeclarations = loadJsonContent('containers.json').containers
var serverless = cosmosThroughputMode == 'serverless'
// The built-in data-plane role "Cosmos DB Built-in Data Contributor": read and write items, nothing else.
var cosmosDataContributorRoleId = '00000000-0000-0000-0000-000000000002'

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2022-10-01' = {
  name: '${resourceBaseName}-logs'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${resourceBaseName}-insights'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
  }
}

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: '${resourceBaseName}-cosmos'
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    capabilities: serverless ? [
      {
        name: 'EnableServerless'
      }
    ] : []
    // Keys off: only Microsoft Entra identities holding a data-plane role can read or write.
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    publicNetworkAccess: 'Enabled'
    // Point-in-time restore to any second of the last 7 days, at no extra cost.
    backupPolicy: {
      type: 'Continuous'
      continuousModeProperties: {
        tier: 'Continuous7Days'
      }
    }
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-05-15' = {
  parent: cosmos
  name: cosmosDatabaseName
  properties: {
    resource: {
      id: cosmosDatabaseName
    }
    // Serverless accounts take no throughput; autoscale throughput is shared by the containers.
    options: serverless ? {} : {
      autoscaleSettings: {
        maxThroughput: autoscaleMaxThroughput
      }
    }
  }
}

// Created here because the app cannot: with keys off its identity has data access only, and the
// store opens existing containers (createIfNotExists finds them) without changing their settings.
resource containers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-05-15' = [for container in containerDeclarations: {
  parent: database
  name: container.id
  properties: {
    resource: {
      id: container.id
      partitionKey: {
        paths: [
          container.partitionKeyPath
        ]
        kind: 'Hash'
        version: 2
      }
      indexingPolicy: container.indexingPolicy
    }
  }
}]

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: appServiceSku
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: '${resourceBaseName}-app'
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      // App Service builds the uploaded source (SCM_DO_BUILD_DURING_DEPLOYMENT: npm install, npm run build)
      // and runs the compiled bot alone, without the local test client.
      appCommandLine: 'node dist/cli/start.js --no-client'
      alwaysOn: true
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: [
        {
          name: 'COSMOS_ENDPOINT'
          value: cosmos.properties.documentEndpoint
        }
        {
          name: 'COSMOS_DATABASE'
          value: cosmosDatabaseName
        }
        {
          name: 'PLAN_ID'
          value: planId
        }
        {
          name: 'BOT_ID'
          value: botAppId
        }
        {
          name: 'BOT_PASSWORD'
          value: botPassword
        }
        {
          name: 'BOT_TENANT_ID'
          value: botTenantId
        }
        {
          name: 'BOT_TYPE'
          value: 'SingleTenant'
        }
        {
          name: 'ALLOWED_TENANT_IDS'
          value: allowedTenantIds
        }
        {
          name: 'TZ'
          value: timeZone
        }
        {
          name: 'LOG_LEVEL'
          value: logLevel
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: appInsights.properties.ConnectionString
        }
        {
          name: 'WEBSITE_NODE_DEFAULT_VERSION'
          value: '~22'
        }
        {
          name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
          value: 'true'
        }
      ]
    }
  }
}

// Log stream in the portal reads the container output from the file system.
resource webAppLogs 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'logs'
  properties: {
    applicationLogs: {
      fileSystem: {
        level: 'Information'
      }
    }
    httpLogs: {
      fileSystem: {
        enabled: true
        retentionInDays: 7
        retentionInMb: 35
      }
    }
  }
}

// The bot's JSON log lines (console) and HTTP logs, queryable in Log Analytics for 30 days.
resource webAppDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: webApp
  properties: {
    workspaceId: logAnalytics.id
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

// The web app's identity may read and write items in this account, and nothing else.
resource webAppCosmosDataAccess 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = {
  parent: cosmos
  name: guid(cosmos.id, webApp.id, cosmosDataContributorRoleId)
  properties: {
    roleDefinitionId: '${cosmos.id}/sqlRoleDefinitions/${cosmosDataContributorRoleId}'
    principalId: webApp.identity.principalId
    scope: cosmos.id
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${resourceBaseName}-bot'
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppTenantId: botTenantId
    msaAppType: 'SingleTenant'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}

// Written into env/.env.<environment> by the toolkit (names upper-cased as they are).
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output AZURE_WEB_APP_NAME string = webApp.name
output AZURE_BOT_NAME string = bot.name
output COSMOS_ENDPOINT string = cosmos.properties.documentEndpoint
output COSMOS_DATABASE string = cosmosDatabaseName
output AZURE_COSMOS_ACCOUNT_NAME string = cosmos.name
output APPLICATIONINSIGHTS_CONNECTION_STRING string = appInsights.properties.ConnectionString
