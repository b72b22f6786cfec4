// Function App settings. No storage key, connection string or secret value appears here:
// storage is reached with the managed identity, API secret keys through Key Vault references.

import { appSettings, hostingPlanKind } from 'types.bicep'

@description('Function App name.')
param functionAppName string

@description('Flex Consumption (FC1) or Elastic Premium (EP1).')
param hostingPlan hostingPlanKind

@description('Storage account used by the host, Durable Functions and the job store.')
param storageAccountName string

@description('Blob container holding the deployment package.')
param deploymentContainerName string

@description('Elastic Premium only: blob name of the package run from the deployment container.')
param packageBlobName string

@description('Key Vault holding the API keys.')
param keyVaultName string

@description('Secret holding the first API key.')
param apiKeySecretName string

@description('Scaleway project id the first API key belongs to.')
param apiKeyProjectId string

@description('Scaleway organization id the first API key belongs to.')
param apiKeyOrganizationId string

@description('Regions the API serves (Regions__0, Regions__1, ...); empty for the app default.')
param regions string[]

@description('Application Insights component receiving telemetry.')
param appInsightsName string

@description('Extra app settings, merged last.')
param extraAppSettings appSettings

var isFlex = hostingPlan == 'FlexConsumption'

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: storageAccountName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource site 'Microsoft.Web/sites@2025-03-01' existing = {
  name: functionAppName
}

var storageSettings = {
  // Identity-based AzureWebJobsStorage: the host, the Durable Task hub and the job store.
  // The service URIs follow the cloud the account lives in, where accountName alone would
  // assume the public cloud's suffixes.
  AzureWebJobsStorage__accountName: storage.name
  AzureWebJobsStorage__blobServiceUri: storage.properties.primaryEndpoints.blob
  AzureWebJobsStorage__queueServiceUri: storage.properties.primaryEndpoints.queue
  AzureWebJobsStorage__tableServiceUri: storage.properties.primaryEndpoints.table
  AzureWebJobsStorage__credential: 'managedidentity'
}

var monitoringSettings = {
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
  // The host authenticates telemetry with the identity (Monitoring Metrics Publisher).
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD'
}

var authSettings = {
  Auth__ApiKeys__0__SecretKey: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${apiKeySecretName})'
  Auth__ApiKeys__0__ProjectId: apiKeyProjectId
  Auth__ApiKeys__0__OrganizationId: apiKeyOrganizationId
}

var regionSettings = toObject(range(0, length(regions)), i => 'Regions__${i}', i => regions[i])

// Flex Consumption sets runtime and version in functionAppConfig and rejects these settings.
// Elastic Premium runs from the package blob, fetched with the identity: no Azure Files
// content share, whose connection string would need the storage key.
var premiumSettings = isFlex
  ? {}
  : {
      FUNCTIONS_EXTENSION_VERSION: '~4'
      FUNCTIONS_WORKER_RUNTIME: 'dotnet-isolated'
      WEBSITE_RUN_FROM_PACKAGE: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}/${packageBlobName}'
      WEBSITE_RUN_FROM_PACKAGE_BLOB_MI_RESOURCE_ID: 'SystemAssigned'
    }

resource settings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'appsettings'
  properties: union(
    storageSettings,
    monitoringSettings,
    authSettings,
    regionSettings,
    premiumSettings,
    extraAppSettings
  )
}
