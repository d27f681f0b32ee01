import SDYAML

/// The templates `sdgen import` defines for blocks of relabel rules that several jobs repeat.
struct TemplateNames {
  /// The templates defined so far, `name: [rules]`.
  private(set) var definitions: [YAMLEntry] = []

  /// `lists` with every block of two or more consecutive rules (between template uses) that appears in two
  /// or more lists replaced by a `use:` of a new template.
  mutating func extractRepeatedBlocks(from lists: [[YAMLValue]?]) -> [[YAMLValue]?] {
    var blockCounts: [[YAMLValue]: Int] = [:]
    var order: [[YAMLValue]] = []
    for case let list? in lists {
      for block in Set(Self.blocks(of: list)) where block.count > 1 {
        if blockCounts[block] == nil { order.append(block) }
        blockCounts[block, default: 0] += 1
      }
    }
    var names: [[YAMLValue]: String] = [:]
    for block in order where blockCounts[block, default: 0] > 1 {
      let name = "shared-rules-\(definitions.count + 1)"
      names[block] = name
      definitions.append(YAMLEntry(name, .sequence(block, flow: false)))
    }
    guard !names.isEmpty else { return lists }
    return lists.map { list in
      list.map { list in
        Self.blocks(of: list).flatMap { block in
          names[block].map { [YAMLValue.mapping([YAMLEntry("use", .string($0))])] } ?? block
        }
      }
    }
  }

  /// The list cut into maximal runs of rules and single template uses, in order.
  private static func blocks(of list: [YAMLValue]) -> [[YAMLValue]] {
    var blocks: [[YAMLValue]] = []
    var run: [YAMLValue] = []
    for item in list {
      if isUse(item) {
        if !run.isEmpty { blocks.append(run) }
        run = []
        blocks.append([item])
      } else {
        run.append(item)
      }
    }
    if !run.isEmpty { blocks.append(run) }
    return blocks
  }

  private static func isUse(_ item: YAMLValue) -> Bool {
    guard case .mapping(let entries) = item else { return false }
    return entries.contains { $0.key == "use" }
  }
}
