// Hosting plan and Function App (Linux, .NET 10 isolated worker, system-assigned identity).
// Flex Consumption (FC1) by default; Elastic Premium (EP1) as the alternative. App settings
// live in appsettings.bicep, applied once the identity's role assignments exist.

import { hostingPlanKind, resourceTags } from 'types.bicep'

@description('Azure region.')
param location string

@description('Function App name.')
param functionAppName string

@description('Hosting plan name.')
param planName string

@description('Flex Consumption (FC1) or Elastic Premium (EP1).')
param hostingPlan hostingPlanKind

@description('Flex Consumption: most instances the app scales out to.')
@minValue(1)
@maxValue(1000)
param flexMaximumInstanceCount int

@description('Flex Consumption: memory of each instance, in MB.')
@allowed([
  512
  2048
  4096
])
param flexInstanceMemoryMB int

@description('Elastic Premium: most instances the plan scales out to.')
@minValue(1)
@maxValue(100)
param premiumMaximumElasticWorkerCount int

@description('Storage account holding the deployment package.')
param storageAccountName string

@description('Blob container holding the deployment package.')
param deploymentContainerName string

@description('Resource tags.')
param tags resourceTags

var isFlex = hostingPlan == 'FlexConsumption'

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: storageAccountName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: isFlex ? 'functionapp' : 'elastic'
  sku: isFlex
    ? {
        name: 'FC1'
        tier: 'FlexConsumption'
      }
    : {
        name: 'EP1'
        tier: 'ElasticPremium'
      }
  properties: {
    reserved: true // Linux
    maximumElasticWorkerCount: isFlex ? null : premiumMaximumElasticWorkerCount
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: functionAppName
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    reserved: true
    httpsOnly: true
    clientAffinityEnabled: false
    publicNetworkAccess: 'Enabled'
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: isFlex
      ? {
          minTlsVersion: '1.2'
          scmMinTlsVersion: '1.2'
          http20Enabled: true
        }
      : {
          linuxFxVersion: 'DOTNET-ISOLATED|10.0'
          minTlsVersion: '1.2'
          scmMinTlsVersion: '1.2'
          http20Enabled: true
          ftpsState: 'Disabled'
          use32BitWorkerProcess: false
        }
    functionAppConfig: isFlex
      ? {
          deployment: {
            storage: {
              type: 'blobContainer'
              value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
              authentication: {
                type: 'SystemAssignedIdentity'
              }
            }
          }
          scaleAndConcurrency: {
            maximumInstanceCount: flexMaximumInstanceCount
            instanceMemoryMB: flexInstanceMemoryMB
          }
          runtime: {
            name: 'dotnet-isolated'
            version: '10.0'
          }
        }
      : null
  }
}

// Deployments authenticate with Microsoft Entra ID; no FTP or SCM basic-auth credentials.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

output functionAppName string = site.name
output principalId string = site.identity.principalId
output defaultHostName string = site.properties.defaultHostName
