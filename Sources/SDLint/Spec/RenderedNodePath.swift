import SDCore
import SDYAML
import PrometheusModel
import SDRender

/// The path (`scrape_configs/2/gce_sd_configs/0/zone`) of the innermost node at a position of a parsed file,
/// to look up in a `SpecSourceMap`.
package enum RenderedNodePath {
  /// The path of the innermost node, key or value, that holds all of `range`; a key belongs to its entry.
  package static func path(covering range: SourceRange, in document: YAMLDocument) -> [SpecSourceMap.Component] {
    locate(range, in: document).path
  }

  /// The innermost node that holds all of `range` (a key counts as its own node).
  package static func node(covering range: SourceRange, in document: YAMLDocument) -> YAMLNode.ID? {
    locate(range, in: document).node
  }

  private static func locate(_ range: SourceRange, in document: YAMLDocument)
    -> (path: [SpecSourceMap.Component], node: YAMLNode.ID?)
  {
    var path: [SpecSourceMap.Component] = []
    guard var id = document.root.map(document.resolve) else { return (path, nil) }
    while true {
      let node = document[id]
      var next: YAMLNode.ID?
      switch node.kind {
      case .mapping:
        for pair in document.pairView(id) {
          let key = document[pair.key]
          if holds(key.range, range) {
            path.append(.key(key.value))
            return (path, pair.key)
          }
          if holds(document[pair.value].range, range) {
            path.append(.key(key.value))
            next = document.resolve(pair.value)
            break
          }
        }
      case .sequence:
        for (index, item) in document.itemView(id).enumerated() where holds(document[item].range, range) {
          path.append(.index(index))
          next = document.resolve(item)
          break
        }
      case .scalar, .alias:
        return (path, id)
      }
      guard let next, next != id else { return (path, id) }
      id = next
    }
  }

  /// True when `inner` starts within `outer` (an empty `outer` holds its own position) and ends within it.
  private static func holds(_ outer: SourceRange, _ inner: SourceRange) -> Bool {
    let start = inner.start
    return outer.start <= start && (start < outer.end || start == outer.start) && inner.end <= outer.end
  }
}
