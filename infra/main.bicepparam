// Example parameters for infra/main.bicep. Copy and edit, or pass overrides on the command line:
//   export SERVERLESSJOBS_API_SECRET_KEY=$(uuidgen)
//   az deployment group create --resource-group rg-serverlessjobs --parameters infra/main.bicepparam
using 'main.bicep'

param location = 'westeurope'
param appName = 'serverlessjobs'

// FlexConsumption (FC1) or ElasticPremium (EP1).
param hostingPlan = 'FlexConsumption'
param flexMaximumInstanceCount = 100
param flexInstanceMemoryMB = 2048
param premiumMaximumElasticWorkerCount = 20
param premiumPackageBlobName = 'serverlessjobs.zip'

param storageSku = 'Standard_LRS'

// The X-Auth-Token callers send. Read from the environment, never written to a file.
param apiKeySecretKey = readEnvironmentVariable('SERVERLESSJOBS_API_SECRET_KEY')
param apiKeyProjectId = '22222222-2222-4222-8222-222222222222'
param apiKeyOrganizationId = '33333333-3333-4333-8333-333333333333'

param regions = [
  'fr-par'
  'nl-ams'
  'pl-waw'
]
param extraAppSettings = {}

param logRetentionInDays = 30
param appInsightsDisableLocalAuth = false

param keyVaultPurgeProtection = true
param keyVaultSoftDeleteRetentionInDays = 90

// Object id of whoever uploads packages / rotates keys, e.g. $(az ad signed-in-user show --query id -o tsv).
param operatorPrincipalId = ''
param operatorPrincipalType = 'User'

param tags = {
  application: 'serverlessjobs'
  environment: 'example'
}
