import SDJSON

/// Finds the value a gcloud key names in a resource, as `resource_property.Get` does: members by
/// exact name, then camelCase, then snake_case; `metadata.KEY` through `metadata.items[].key/value`;
/// `[n]` (negative from the end) and `[]` on lists; a name applied to a list of objects collects the
/// name from every element. A missing value is nil (gcloud's None), never a type's default.
enum GcloudValueLookup {
  /// One step of a key.
  enum Step: Sendable, Hashable {
    /// A member name.
    case name(String)
    /// A list index (`[0]`, `[-1]`).
    case index(Int)
    /// Every element (`[]`).
    case slice
  }

  /// The steps of a parsed key: each part's name, then its `[…]` indexes.
  static func steps(_ key: FilterKey) -> [Step] {
    key.parts.flatMap { part in
      [Step.name(part.name)] + part.indexes.map { Int($0).map(Step.index) ?? .slice }
    }
  }

  /// The value at `steps` in `resource`, nil when absent (JSON null counts as absent).
  static func value(at steps: [Step], in resource: JSONValue) -> JSONValue? {
    var current = resource
    var remaining = steps[...]
    while let step = remaining.popFirst() {
      switch current {
      case .object(let members):
        switch step {
        case .slice:
          guard !remaining.isEmpty else { return current }
          return .array(members.keys.sorted().map { value(at: [.name($0)] + remaining, in: current) ?? .null })
        case .index:
          return nil
        case .name(let name):
          if let found = GcloudKeyCase.variants(name).lazy.compactMap({ members[$0] }).first {
            current = found
          } else if let items = members["items"],
            let found = GcloudKeyCase.variants(name).lazy.compactMap({ metadataValue(items, $0) }).first
          {
            current = remaining.isEmpty ? found : deserialized(found)
          } else {
            return nil
          }
        }
      case .array(let items):
        switch step {
        case .slice:
          guard !remaining.isEmpty else { return current }
          return .array(items.map { value(at: Array(remaining), in: $0) ?? .null })
        case .index(let index):
          guard (-items.count..<items.count).contains(index) else { return nil }
          current = items[index < 0 ? items.count + index : index]
        case .name(let name):
          return listMember(name, remaining: Array(remaining), in: items)
        }
      case .string(let text):
        guard case .index(let index) = step else { return step == .slice && remaining.isEmpty ? current : nil }
        let characters = Array(text)
        guard (-characters.count..<characters.count).contains(index) else { return nil }
        current = .string(String(characters[index < 0 ? characters.count + index : index]))
      default:
        return nil
      }
      if case .null = current { return nil }
    }
    return current
  }

  /// A name applied to a list of objects: the element whose `name` member equals the next step
  /// (`networkInterfaces.name.nic0`), a `[{key, value}]` entry, or the name collected from every element.
  private static func listMember(_ name: String, remaining: [Step], in items: [JSONValue]) -> JSONValue? {
    guard case .object(let first)? = items.first else { return nil }
    if case .name(let next)? = remaining.first {
      if let match = items.first(where: { $0[name] == .string(next) }) {
        return remaining.count == 1 ? match : value(at: Array(remaining.dropFirst()), in: match)
      }
    } else if remaining.isEmpty, let found = metadataValue(.array(items), name) {
      return found
    }
    if first[name] != nil {
      return .array(items.map { value(at: [.name(name)] + remaining, in: $0) ?? .null })
    }
    let found = items.compactMap { item -> JSONValue? in
      guard let member = item[name], GcloudValueLookup.isTruthy(member) else { return nil }
      return member
    }
    return found.isEmpty ? nil : .array(found)
  }

  /// The `value` of the `{key: name, value: …}` entry of a metadata item list, nil when none.
  private static func metadataValue(_ items: JSONValue, _ name: String) -> JSONValue? {
    guard case .array(let entries) = items else { return nil }
    guard let entry = entries.first(where: { $0["key"] == .string(name) }) else { return nil }
    guard let found = entry["value"], found != .null else { return nil }
    return found
  }

  /// A metadata value read further into: its JSON when it holds compact JSON, else itself.
  private static func deserialized(_ value: JSONValue) -> JSONValue {
    guard case .string(let text) = value, let parsed = try? JSONValue.parse(Array(text.utf8)) else { return value }
    return parsed
  }

  /// Python truthiness: null, false, 0, "" and empty containers are false.
  static func isTruthy(_ value: JSONValue?) -> Bool {
    switch value {
    case nil, .null?: return false
    case .bool(let flag)?: return flag
    case .number(let number)?: return number != 0
    case .string(let text)?: return !text.isEmpty
    case .array(let items)?: return !items.isEmpty
    case .object(let members)?: return !members.isEmpty
    }
  }
}
