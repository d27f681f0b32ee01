#if canImport(Darwin)
  import Darwin
#else
  import Glibc
#endif

/// Which reader parses a file: the fast block reader where it can (falling back to libyaml), or
/// libyaml for every file, a switch for triaging a suspected block-reader bug.
package enum YAMLReaderChoice: Sendable, Equatable {
  /// The block reader for plain block YAML, libyaml for anything else.
  case automatic
  /// libyaml for every file.
  case libyaml

  /// The choice the `SDGEN_YAML_READER` environment variable names: `libyaml`, or automatic for
  /// anything else; read once per process.
  package static let environment = YAMLReaderChoice(
    environmentValue: getenv("SDGEN_YAML_READER").map { String(cString: $0) })

  /// The choice a value of `SDGEN_YAML_READER` names (nil when it is unset).
  init(environmentValue: String?) {
    self = environmentValue == "libyaml" ? .libyaml : .automatic
  }
}
