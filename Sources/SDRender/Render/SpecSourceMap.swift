import SDCore
import SDYAML

/// Where each part of a rendered prometheus.yml came from in the spec, so findings in the rendered text
/// can be reported at the spec line the user wrote.
///
/// Paths name a node of the rendered configuration by mapping keys and sequence indexes
/// (`scrape_configs/2/gce_sd_configs/0/zone`). A path without an origin of its own takes its nearest
/// ancestor's; an origin with a `node` stands for a subtree copied verbatim from the spec, so the rest of
/// the path can be followed in the spec document itself.
package struct SpecSourceMap: Sendable {
  /// One step of a path: a mapping key or a sequence index.
  package enum Component: Hashable, Sendable {
    case key(String)
    case index(Int)
  }

  /// Where a rendered node came from.
  package struct Origin: Sendable, Equatable {
    /// The range written in the spec (or a template file).
    package var range: SourceRange
    /// The file the range is in; nil for the spec itself.
    package var file: String?
    /// The spec document node whose subtree was copied verbatim, when it was.
    package var node: YAMLNode.ID?

    /// Creates an origin.
    package init(range: SourceRange, file: String? = nil, node: YAMLNode.ID? = nil) {
      self.range = range
      self.file = file
      self.node = node
    }
  }

  private var origins: [[Component]: Origin] = [:]

  /// An empty map.
  package init() {}

  /// Records that the rendered node at `path` came from `origin`.
  package mutating func record(_ path: [Component], _ origin: Origin) {
    origins[path] = origin
  }

  /// Records `range` (in `file`) as the origin of the rendered node at `path`.
  package mutating func record(_ path: [Component], range: SourceRange, file: String? = nil) {
    origins[path] = Origin(range: range, file: file)
  }

  /// The origin of the nearest ancestor-or-self of `path` that has one, and the components below it.
  package func origin(of path: [Component]) -> (origin: Origin, rest: ArraySlice<Component>)? {
    var length = path.count
    while length > 0 {
      if let origin = origins[Array(path[..<length])] { return (origin, path[length...]) }
      length -= 1
    }
    return nil
  }

  /// The number of recorded origins.
  package var count: Int { origins.count }
}
