import GCEKnowledge

/// What kind of values a field holds, which decides how gcloud's comparisons map onto the API's.
enum FilterFieldClass: Sendable, Hashable {
  /// `labels.KEY`: lower-case text, possibly absent.
  case label
  /// An enum such as `status`: one of a fixed set of upper-case ASCII names.
  case enumeration([String])
  /// A boolean.
  case boolean
  /// An integer, or a uint64 written as a string (`id`).
  case integer
  /// A URL such as `zone` or `machineType`: lower-case ASCII, always present.
  case url
  /// `name`: lower-case ASCII letters, digits and dashes, always present.
  case name
  /// A `*Timestamp` field: RFC 3339 text.
  case timestamp
  /// Any other text (`cpuPlatform`, `description`, unknown fields).
  case text

  /// The class of the API field `path`.
  init(_ traits: FilterFieldTraits, path: String) {
    if traits.isLabel {
      self = .label
      return
    }
    guard let field = traits.field else {
      self = .text
      return
    }
    if field.isEnum {
      self = .enumeration(field.enumValues)
    } else if field.isURL {
      self = .url
    } else if field.path == "name" {
      self = .name
    } else {
      switch field.kind {
      case .boolean: self = .boolean
      case .integer, .numericString: self = .integer
      default: self = path.hasSuffix("Timestamp") ? .timestamp : .text
      }
    }
  }
}
