/// A block nested inside a service-discovery entry whose keys the schema knows.
package enum DiscoveryPart: String, CaseIterable, Hashable, Sendable {
  /// `namespaces` of a kubernetes_sd_configs entry.
  case kubernetesNamespaces
  /// One `selectors` entry of a kubernetes_sd_configs entry.
  case kubernetesSelector
  /// `attach_metadata` of a kubernetes_sd_configs entry.
  case kubernetesAttachMetadata
  /// One `filters` entry of an ec2, aws or rds entry.
  case awsFilter
  /// One `filters` entry of a docker or dockerswarm entry.
  case dockerFilter

  /// The Go type yaml.v2 names in "field X not found in type T".
  var goType: String {
    switch self {
    case .kubernetesNamespaces: "kubernetes.plain"
    case .kubernetesSelector: "kubernetes.SelectorConfig"
    case .kubernetesAttachMetadata: "kubernetes.AttachMetadataConfig"
    case .awsFilter: "aws.Filter"
    case .dockerFilter: "moby.Filter"
    }
  }

  /// Where the block sits, for messages.
  var placement: String {
    switch self {
    case .kubernetesNamespaces: "the namespaces block of a kubernetes_sd_configs entry"
    case .kubernetesSelector: "a selectors entry of a kubernetes_sd_configs entry"
    case .kubernetesAttachMetadata: "the attach_metadata block of a kubernetes_sd_configs entry"
    case .awsFilter: "a filters entry of an AWS discovery entry"
    case .dockerFilter: "a filters entry of a Docker discovery entry"
    }
  }
}
