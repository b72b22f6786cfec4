// ServerlessJobs on Azure: the Scaleway Serverless Jobs API on Azure Functions.
//
// Deploys into an existing resource group:
//   - Function App (Linux, .NET 10 isolated worker) on Flex Consumption (FC1) or Elastic Premium (EP1)
//   - Storage account for the host, Durable Functions and the job store (no shared key access)
//   - Log Analytics workspace and Application Insights
//   - Key Vault (RBAC authorization) holding the API secret key
//   - the Function App's system-assigned identity and the roles it needs
//
// No storage key or secret value ends up in app settings: storage is reached with the
// managed identity, the API secret key through a Key Vault reference.
//
//   export SERVERLESSJOBS_API_SECRET_KEY=$(uuidgen)
//   az deployment group create --resource-group <rg> --parameters infra/main.bicepparam

metadata description = 'ServerlessJobs: Scaleway Serverless Jobs API on Azure Functions (Flex Consumption or Elastic Premium).'

import { appSettings, hostingPlanKind, resourceTags } from 'modules/types.bicep'

@description('Azure region of every resource. Flex Consumption is available in a subset of regions: az functionapp list-flexconsumption-locations.')
param location string = resourceGroup().location

@description('Base name: lowercase letters, digits and hyphens. Resource names add a suffix unique to the subscription and resource group.')
@minLength(3)
@maxLength(30)
param appName string = 'serverlessjobs'

@description('FlexConsumption (plan FC1, default) or ElasticPremium (plan EP1).')
param hostingPlan hostingPlanKind = 'FlexConsumption'

@description('Flex Consumption: most instances the app scales out to.')
@minValue(1)
@maxValue(1000)
param flexMaximumInstanceCount int = 100

@description('Flex Consumption: memory of each instance, in MB.')
@allowed([
  512
  2048
  4096
])
param flexInstanceMemoryMB int = 2048

@description('Elastic Premium: most instances the plan scales out to.')
@minValue(1)
@maxValue(100)
param premiumMaximumElasticWorkerCount int = 20

@description('Elastic Premium: name of the package blob (in the deployment container) the app runs from.')
param premiumPackageBlobName string = 'serverlessjobs.zip'

@description('Storage account redundancy.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSku string = 'Standard_LRS'

@description('Secret key of the first API key: the X-Auth-Token value callers send. Stored only in Key Vault.')
@secure()
@minLength(16)
param apiKeySecretKey string

@description('Scaleway project id (UUID) the first API key belongs to.')
@minLength(36)
@maxLength(36)
param apiKeyProjectId string

@description('Scaleway organization id (UUID) the first API key belongs to.')
@minLength(36)
@maxLength(36)
param apiKeyOrganizationId string

@description('Regions the API serves, e.g. fr-par; empty for the app default.')
param regions string[] = []

@description('Extra app settings (non-secret values; use Key Vault references for secrets).')
param extraAppSettings appSettings = {}

@description('Days Log Analytics keeps data.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Reject Application Insights telemetry not authenticated with Microsoft Entra ID. The Functions host authenticates with the app identity; telemetry the worker sends itself must then be configured with a TokenCredential.')
param appInsightsDisableLocalAuth bool = false

@description('Key Vault purge protection. Once enabled it cannot be disabled, and the vault name stays reserved for the retention period after deletion.')
param keyVaultPurgeProtection bool = true

@description('Days a deleted Key Vault or secret can be recovered.')
@minValue(7)
@maxValue(90)
param keyVaultSoftDeleteRetentionInDays int = 90

@description('Optional object id of an operator (user, group or pipeline) granted Storage Blob Data Contributor on the storage account and Key Vault Secrets Officer on the vault; empty for none.')
param operatorPrincipalId string = ''

@description('Type of operatorPrincipalId.')
param operatorPrincipalType 'User' | 'Group' | 'ServicePrincipal' = 'User'

@description('Tags applied to every resource.')
param tags resourceTags = {
  application: 'serverlessjobs'
}

var suffix = uniqueString(subscription().id, resourceGroup().id, appName)
var compactName = toLower(replace(appName, '-', ''))
var names = {
  functionApp: '${appName}-${suffix}'
  plan: 'plan-${appName}-${suffix}'
  storage: 'st${take(compactName, 9)}${suffix}'
  keyVault: 'kv-${take(compactName, 8)}${suffix}'
  workspace: 'log-${appName}-${suffix}'
  appInsights: 'appi-${appName}-${suffix}'
  deploymentContainer: 'app-package'
  apiKeySecret: 'api-key-0-secret'
}

module monitoring 'modules/monitoring.bicep' = {
  params: {
    location: location
    workspaceName: names.workspace
    appInsightsName: names.appInsights
    retentionInDays: logRetentionInDays
    disableLocalAuth: appInsightsDisableLocalAuth
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  params: {
    location: location
    storageAccountName: names.storage
    deploymentContainerName: names.deploymentContainer
    skuName: storageSku
    tags: tags
  }
}

module keyVault 'modules/keyvault.bicep' = {
  params: {
    location: location
    keyVaultName: names.keyVault
    enablePurgeProtection: keyVaultPurgeProtection
    softDeleteRetentionInDays: keyVaultSoftDeleteRetentionInDays
    apiKeySecretName: names.apiKeySecret
    apiKeySecretValue: apiKeySecretKey
    tags: tags
  }
}

module functionApp 'modules/functionapp.bicep' = {
  params: {
    location: location
    functionAppName: names.functionApp
    planName: names.plan
    hostingPlan: hostingPlan
    flexMaximumInstanceCount: flexMaximumInstanceCount
    flexInstanceMemoryMB: flexInstanceMemoryMB
    premiumMaximumElasticWorkerCount: premiumMaximumElasticWorkerCount
    storageAccountName: names.storage
    deploymentContainerName: names.deploymentContainer
    tags: tags
  }
  dependsOn: [
    storage
  ]
}

module roles 'modules/role-assignments.bicep' = {
  params: {
    appPrincipalId: functionApp.outputs.principalId
    operatorPrincipalId: operatorPrincipalId
    operatorPrincipalType: operatorPrincipalType
    storageAccountName: names.storage
    keyVaultName: names.keyVault
    appInsightsName: names.appInsights
  }
  dependsOn: [
    storage
    keyVault
    monitoring
  ]
}

// Applied after the role assignments, so the first start with these settings can reach
// storage and resolve the Key Vault reference.
module settings 'modules/appsettings.bicep' = {
  params: {
    functionAppName: names.functionApp
    hostingPlan: hostingPlan
    storageAccountName: names.storage
    deploymentContainerName: names.deploymentContainer
    packageBlobName: premiumPackageBlobName
    keyVaultName: names.keyVault
    apiKeySecretName: names.apiKeySecret
    apiKeyProjectId: apiKeyProjectId
    apiKeyOrganizationId: apiKeyOrganizationId
    regions: regions
    appInsightsName: names.appInsights
    extraAppSettings: extraAppSettings
  }
  // The role assignments come after the app, storage, vault (and its secret) and App
  // Insights, so depending on them orders this after everything else.
  dependsOn: [
    roles
  ]
}

@description('Base URL of the API: point Scaleway SDKs, CLI or Terraform here (SCW_API_URL).')
output apiBaseUrl string = 'https://${functionApp.outputs.defaultHostName}'

@description('Function App name (for func azure functionapp publish / az functionapp deployment).')
output functionAppName string = functionApp.outputs.functionAppName

@description('Storage account name.')
output storageAccountName string = storage.outputs.storageAccountName

@description('Blob container holding the deployment package.')
output deploymentContainerName string = storage.outputs.deploymentContainerName

@description('Key Vault name.')
output keyVaultName string = keyVault.outputs.keyVaultName

@description('Application Insights component name.')
output appInsightsName string = monitoring.outputs.appInsightsName

@description('Resource group deployed into.')
output resourceGroupName string = resourceGroup().name

@description('Hosting plan the app runs on.')
output hostingPlan string = hostingPlan
