import SDCore
import SDYAML

/// Reads an `sdgen test` file into a `SimulationTestFile`, reporting every problem at the line and
/// column where it is written (rule `test/format`; YAML syntax errors keep their `yaml/*` rules).
package struct SimulationTestFileDecoder {
  private static let fileKeys = ["config", "instances", "instances_file", "tests"]
  private static let caseKeys = [
    "name", "job", "instance", "scraped_at", "labels", "labels_include", "dropped", "targets",
  ]
  private static let instanceKeys = [
    "name", "job", "zone", "project", "status", "network_ip", "public_ip", "labels", "tags", "metadata",
  ]

  private let document: YAMLDocument
  private var diagnostics: [Diagnostic] = []

  private init(document: YAMLDocument) {
    self.document = document
  }

  /// The decoded file, or nil and the problems (errors only) that stop it.
  package static func decode(_ source: SourceText) -> (file: SimulationTestFile?, diagnostics: [Diagnostic]) {
    let parsed = YAMLParser().parse(source)
    if parsed.failed { return (nil, parsed.diagnostics) }
    var decoder = SimulationTestFileDecoder(document: parsed.document)
    let file = decoder.decodeFile(path: source.path)
    return decoder.diagnostics.isEmpty ? (file, []) : (nil, decoder.diagnostics)
  }

  private mutating func decodeFile(path: String) -> SimulationTestFile? {
    guard let root = document.root, document[root].kind == .mapping else {
      let range = document.root.map { document[$0].range } ?? SourceRange(line: 1, column: 1, length: 0)
      fail("a test file is a mapping with 'config', 'instances' or 'instances_file', and 'tests'", at: range)
      return nil
    }
    let fields = mapping(root, keys: Self.fileKeys)
    guard let configID = fields["config"], let config = string(configID) else {
      if fields["config"] == nil {
        fail("the test file has no 'config'; name the prometheus.yml or spec to test", at: document[root].range)
      }
      return nil
    }
    var file = SimulationTestFile(path: path, config: config, configRange: document[configID].range)
    if let id = fields["instances_file"] {
      file.instancesFile = string(id)
      file.instancesFileRange = document[id].range
    }
    if let id = fields["instances"] {
      file.instances = sequence(id, of: "instances").compactMap { instance($0) }
    }
    if let id = fields["tests"] {
      file.cases = sequence(id, of: "tests").compactMap { testCase($0) }
    }
    if file.cases.isEmpty && diagnostics.isEmpty {
      fail("the test file has no cases; add them under 'tests'", at: document[fields["tests"] ?? root].range)
    }
    return file
  }

  private mutating func instance(_ id: YAMLNode.ID) -> InlineInstance? {
    let fields = mapping(id, keys: Self.instanceKeys, what: "an instance")
    guard document[id].kind == .mapping else { return nil }
    guard let nameID = fields["name"], let name = string(nameID) else {
      if fields["name"] == nil { fail("this instance has no 'name'; give it one", at: document[id].range) }
      return nil
    }
    var instance = InlineInstance(name: name)
    instance.job = fields["job"].flatMap { string($0) }
    instance.zone = fields["zone"].flatMap { string($0) }
    instance.project = fields["project"].flatMap { string($0) }
    instance.status = fields["status"].flatMap { string($0) }
    instance.networkIP = fields["network_ip"].flatMap { string($0) }
    instance.publicIP = fields["public_ip"].flatMap { string($0) }
    instance.labels = fields["labels"].map { Dictionary(stringMap($0)) { _, last in last } } ?? [:]
    instance.metadata = fields["metadata"].map { Dictionary(stringMap($0)) { _, last in last } } ?? [:]
    instance.tags = fields["tags"].map { id in sequence(id, of: "tags").compactMap { string($0) } } ?? []
    return instance
  }

  private mutating func testCase(_ id: YAMLNode.ID) -> SimulationTestCase? {
    let fields = mapping(id, keys: Self.caseKeys, what: "a case")
    guard document[id].kind == .mapping else { return nil }
    let range = document[id].range
    guard let jobID = fields["job"], let job = string(jobID) else {
      if fields["job"] == nil { fail("this case has no 'job'; name the job it tests", at: range) }
      return nil
    }
    let name = fields["name"].flatMap { string($0) }
    let instance = fields["instance"].flatMap { string($0) }
    let scraped = ["scraped_at", "labels", "labels_include"].contains { fields[$0] != nil }
    let kinds = [scraped, fields["dropped"] != nil, fields["targets"] != nil].filter { $0 }.count
    guard kinds == 1 else {
      fail(
        kinds == 0
          ? "this case expects nothing; add 'scraped_at'/'labels', 'dropped' or 'targets'"
          : "this case mixes 'scraped_at'/'labels', 'dropped' and 'targets'; split it into one case each",
        at: range)
      return nil
    }
    if let targetsID = fields["targets"] {
      if let id = fields["instance"] {
        fail("'instance' has no meaning with 'targets'; remove it or write a case per instance", at: document[id].range)
      }
      guard let count = integer(targetsID) else { return nil }
      return SimulationTestCase(name: name, job: job, instance: nil, expectation: .targetCount(count), range: range)
    }
    guard let instance else {
      if fields["instance"] == nil { fail("this case has no 'instance'; name the instance it tests", at: range) }
      return nil
    }
    let expectation: SimulationTestCase.Expectation
    if let droppedID = fields["dropped"] {
      guard let cause = dropCause(droppedID) else { return nil }
      expectation = .dropped(cause)
    } else {
      if fields["labels"] != nil && fields["labels_include"] != nil {
        fail("give 'labels' (exactly) or 'labels_include' (at least), not both", at: range)
        return nil
      }
      let exact = fields["labels"]
      let labels = (exact ?? fields["labels_include"]).map { LabelSet(stringMap($0)) }
      expectation = .scraped(
        address: fields["scraped_at"].flatMap { string($0) }, labels: labels, exactly: exact != nil)
    }
    return SimulationTestCase(name: name, job: job, instance: instance, expectation: expectation, range: range)
  }

  /// `true`, `filter`, `location`, `rule N`, or a bare rule index.
  private mutating func dropCause(_ id: YAMLNode.ID) -> SimulationTestCase.DropCause? {
    guard let text = string(id) else { return nil }
    switch text {
    case "true", "any": return .any
    case "filter": return .filter
    case "location": return .location
    default:
      let number = text.hasPrefix("rule ") ? String(text.dropFirst(5)) : text
      if let index = Int(number), index >= 0 { return .rule(index) }
      fail(
        "'dropped' is \(text.debugDescription); write true, filter, location, or rule N (0-based)",
        at: document[id].range)
      return nil
    }
  }

  /// The mapping's values by key; unknown keys are reported with the nearest known one.
  private mutating func mapping(_ id: YAMLNode.ID, keys: [String], what: String = "the test file")
    -> [String: YAMLNode.ID]
  {
    guard document[id].kind == .mapping else {
      fail(
        "\(what) must be a mapping of \(keys.joined(separator: ", ")); write it as key: value lines",
        at: document[id].range)
      return [:]
    }
    var fields: [String: YAMLNode.ID] = [:]
    for pair in document.pairs(id) {
      let key = document[pair.key].value
      guard keys.contains(key) else {
        let suggestion = Suggestions.nearest(to: key, in: keys).first
        fail(
          "unknown key '\(key)' in \(what); "
            + (suggestion.map { "did you mean '\($0)'?" } ?? "known keys are \(keys.joined(separator: ", "))"),
          at: document[pair.key].range)
        continue
      }
      fields[key] = document.resolve(pair.value)
    }
    return fields
  }

  private mutating func sequence(_ id: YAMLNode.ID, of key: String) -> [YAMLNode.ID] {
    guard document[id].kind == .sequence else {
      fail("'\(key)' must be a list; write each entry on a '- ' line", at: document[id].range)
      return []
    }
    return document.items(id).map { document.resolve($0) }
  }

  private mutating func stringMap(_ id: YAMLNode.ID) -> [(String, String)] {
    guard document[id].kind == .mapping else {
      fail("expected a mapping of names to values, such as {team: web}", at: document[id].range)
      return []
    }
    return document.pairs(id).compactMap { pair in
      guard let value = string(document.resolve(pair.value)) else { return nil }
      return (document[pair.key].value, value)
    }
  }

  private mutating func string(_ id: YAMLNode.ID) -> String? {
    let node = document[id]
    guard node.kind == .scalar, !document.isNull(id) else {
      fail("expected a single value here, not \(node.kind == .scalar ? "null" : "a \(node.kind)")", at: node.range)
      return nil
    }
    return node.value
  }

  private mutating func integer(_ id: YAMLNode.ID) -> Int? {
    guard let text = string(id) else { return nil }
    guard let value = Int(text), value >= 0 else {
      fail("expected a number of targets, not \(text.debugDescription)", at: document[id].range)
      return nil
    }
    return value
  }

  private mutating func fail(_ message: String, at range: SourceRange) {
    diagnostics.append(Diagnostic(rule: .testFormat, severity: .error, message: message, range: range))
  }
}
