// Types shared by main.bicep and the modules.

@export()
@description('Resource tags: name to value.')
type resourceTags = {
  *: string
}

@export()
@description('Where the Function App runs: Flex Consumption (FC1) or Elastic Premium (EP1).')
type hostingPlanKind = 'FlexConsumption' | 'ElasticPremium'

@export()
@description('App settings: name to value. Values are not secret (use Key Vault references for secrets).')
type appSettings = {
  *: string
}
