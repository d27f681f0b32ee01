/// The path (`scrape_configs/2/gce_sd_configs/0/zone`) of the innermost node at a position of a parsed file,
/// to look up in a `SpecSourceMap`.
package enum RenderedNodePath {
  /// The path of the innermost node, key or value, whose range holds `position`; a position on a key
  /// belongs to its entry.
  package static func path(at position: SourcePosition, in document: YAMLDocument) -> [SpecSourceMap.Component] {
    locate(position, in: document).path
  }

  /// The innermost node whose range holds `position` (a key counts as its own node).
  package static func node(at position: SourcePosition, in document: YAMLDocument) -> YAMLNode.ID? {
    locate(position, in: document).node
  }

  private static func locate(_ position: SourcePosition, in document: YAMLDocument)
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
          if holds(key.range, position) || holds(document[pair.value].range, position) {
            path.append(.key(key.value))
            if holds(key.range, position) { return (path, pair.key) }
            next = document.resolve(pair.value)
            break
          }
        }
      case .sequence:
        for (index, item) in document.itemView(id).enumerated() where holds(document[item].range, position) {
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

  /// True when `position` is within `range` (an empty range holds its own position).
  private static func holds(_ range: SourceRange, _ position: SourcePosition) -> Bool {
    range.start <= position && (position < range.end || position == range.start)
  }
}
