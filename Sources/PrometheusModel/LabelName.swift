import GoRegex

/// Label-name validity as Prometheus checks it: the legacy character rule, the UTF-8 rule of 3.x,
/// and the relabel rule for `target_label` values that may contain `$1`-style references.
package enum LabelName {
  /// Which names a Prometheus job accepts (`metric_name_validation_scheme`).
  package enum Validation: String, Sendable, CaseIterable {
    /// `[a-zA-Z_][a-zA-Z0-9_]*`, the only rule before 3.0.
    case legacy
    /// Any non-empty UTF-8 string, the default from 3.0.
    case utf8

    /// The scheme a job uses by default in `version`.
    package static func defaultScheme(for version: PrometheusVersion) -> Validation {
      version >= .v3_0 ? .utf8 : .legacy
    }

    /// True when `name` is a valid label name under this scheme.
    package func accepts(_ name: String) -> Bool {
      switch self {
      case .legacy: return LabelName.isValidLegacy(name)
      case .utf8: return !name.isEmpty
      }
    }
  }

  /// Prometheus's `relabelTarget` pattern: legacy name segments in which `$name` / `${name}` may appear.
  private static let templatedTarget = try! GoRegex(#"^(?:(?:[a-zA-Z_]|\$(?:\{\w+\}|\w+))+\w*)+$"#)

  /// True for `[a-zA-Z_][a-zA-Z0-9_]*`.
  package static func isValidLegacy(_ name: String) -> Bool {
    var isFirst = true
    for byte in name.utf8 {
      let isLetter = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x5F
      let isDigit = (0x30...0x39).contains(byte)
      guard isLetter || (!isFirst && isDigit) else { return false }
      isFirst = false
    }
    return !isFirst
  }

  /// True when `name` is valid in `version` under its default scheme (legacy before 3.0, UTF-8 after).
  package static func isValid(_ name: String, in version: PrometheusVersion) -> Bool {
    Validation.defaultScheme(for: version).accepts(name)
  }

  /// True when `target` passes Prometheus's legacy templated-target rule (`${1}_x`, `$1`, `__meta_x`
  /// pass; `1abc`, `a.b`, `foo-bar` fail).
  package static func isValidTemplatedTarget(_ target: String) -> Bool {
    templatedTarget.matches(target)
  }
}
