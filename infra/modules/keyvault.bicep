// Key Vault (RBAC authorization) holding the API secret keys.

import { resourceTags } from 'types.bicep'

@description('Azure region.')
param location string

@description('Key Vault name (3-24 characters).')
@minLength(3)
@maxLength(24)
param keyVaultName string

@description('Refuse permanent deletion during the soft-delete retention period. Once enabled it cannot be turned off.')
param enablePurgeProtection bool

@description('Days a deleted vault or secret can be recovered.')
@minValue(7)
@maxValue(90)
param softDeleteRetentionInDays int

@description('Name of the secret holding the first API key.')
param apiKeySecretName string

@description('Value of the first API key (the X-Auth-Token callers send).')
@secure()
param apiKeySecretValue string

@description('Resource tags.')
param tags resourceTags

resource vault 'Microsoft.KeyVault/vaults@2026-02-01' = {
  name: keyVaultName
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionInDays
    // ARM rejects false: purge protection is either on or left unset.
    enablePurgeProtection: enablePurgeProtection ? true : null
    enabledForDeployment: false
    enabledForDiskEncryption: false
    enabledForTemplateDeployment: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource apiKeySecret 'Microsoft.KeyVault/vaults/secrets@2026-02-01' = {
  parent: vault
  name: apiKeySecretName
  tags: tags
  properties: {
    value: apiKeySecretValue
    contentType: 'text/plain'
    attributes: {
      enabled: true
    }
  }
}

output keyVaultName string = vault.name
output apiKeySecretName string = apiKeySecret.name
