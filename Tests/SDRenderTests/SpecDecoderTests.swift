import Testing

@testable import SDCore
@testable import SDYAML
@testable import SDRender

/// The spec decoder builds the model with positions, accepting both job forms and template shapes.
@Suite struct SpecDecoderTests {
  func decode(_ text: String) -> (spec: Spec, diagnostics: [Diagnostic]) {
    SpecDecoder.decode(SourceText(path: "sdgen.yml", text: text))
  }

  @Test func jobsAsMappingOrList() {
    let mapping = decode("jobs:\n  node: {zones: us-east1-b}\n  web:\n")
    #expect(mapping.diagnostics.isEmpty)
    #expect(mapping.spec.jobs.map(\.name.value) == ["node", "web"])
    #expect(mapping.spec.jobs[0].name.range == SourceRange(line: 2, column: 3, length: 4))
    #expect(mapping.spec.jobs[0].zones?.map(\.value) == ["us-east1-b"])
    #expect(mapping.spec.jobs[0].zones?.first?.range == SourceRange(line: 2, column: 17, length: 10))
    let list = decode("jobs:\n  - job_name: '0120'\n    regions: [us-east1, europe-west1]\n")
    #expect(list.diagnostics.isEmpty)
    #expect(list.spec.jobs.map(\.name.value) == ["0120"])
    #expect(list.spec.jobs[0].regions?.map(\.value) == ["us-east1", "europe-west1"])
  }

  @Test func sectionsKeepTheirOrderAndMeaning() {
    let spec = decode("rule_files: [a.yml]\ndefaults: {}\nglobal: {scrape_interval: 15s, x: 'on'}\n").spec
    #expect(
      spec.sections.map(\.range.start) == [SourcePosition(line: 1, column: 1), SourcePosition(line: 3, column: 1)])
    #expect(
      spec.sections.map(\.value) == [
        YAMLEntry("rule_files", .sequence([.plain("a.yml")], flow: true)),
        YAMLEntry("global", .mapping([YAMLEntry("scrape_interval", .plain("15s")), YAMLEntry("x", .string("on"))])),
      ])
  }

  @Test func jobSettingsAreSortedIntoDiscoveryAndPassThrough() throws {
    let job = try #require(
      decode("jobs:\n  a: {project: p, port: 9100, tag_separator: ',', honor_labels: true, metrics_path: /m}\n")
        .spec.jobs.first)
    #expect(job.discovery[.project]?.value == .plain("p"))
    #expect(job.discovery[.port]?.value == .plain("9100"))
    #expect(job.discovery[.tagSeparator]?.value == .string(","))
    #expect(
      job.scrapeSettings.map(\.value) == [
        YAMLEntry("honor_labels", .plain("true")), YAMLEntry("metrics_path", .plain("/m")),
      ])
  }

  @Test func filtersRawOrStructured() throws {
    let jobs = decode(
      "jobs:\n  a: {filter: 'name eq \"x\"'}\n  b: {filter: {status: [RUNNING, STAGING], labels: {env: prod}}}\n"
    ).spec.jobs
    guard case .raw(let text)? = jobs[0].filter?.value else {
      Issue.record("raw filter expected")
      return
    }
    #expect(text == "name eq \"x\"")
    guard case .structured(let fields, let labels)? = jobs[1].filter?.value else {
      Issue.record("structured filter expected")
      return
    }
    #expect(fields == [SpecFilter.FilterTerm(name: "status", values: ["RUNNING", "STAGING"])])
    #expect(labels == [SpecFilter.FilterTerm(name: "env", values: ["prod"])])
  }

  @Test func templatesInShortAndLongForm() throws {
    let text = """
      templates:
        short: [{target_label: a, replacement: b}, {use: long, with: {names: [x]}}]
        long:
          description: Long form.
          parameters:
            names: list
            label: {type: string, default: l, description: The label.}
          rules:
            - for_each: names
              action: keep
              source_labels: ['{{item}}']
      """
    let templates = decode(text).spec.templates
    let short = try #require(templates["short"])
    #expect(short.parameters.isEmpty)
    #expect(short.steps.count == 2)
    guard case .use(let use) = short.steps[1] else {
      Issue.record("template use expected")
      return
    }
    #expect(use.name.value == "long")
    #expect(use.arguments.map(\.name.value) == ["names"])
    #expect(use.arguments.first?.value == .list(["x"]))
    let long = try #require(templates["long"])
    #expect(long.description == "Long form.")
    #expect(long.parameters.map(\.name) == ["names", "label"])
    #expect(long.parameters.map(\.kind) == [.list, .string])
    #expect(long.parameters[1].defaultValue == .string("l"))
    #expect(long.parameters[1].description == "The label.")
    guard case .rule(let rule) = long.steps[0] else {
      Issue.record("rule expected")
      return
    }
    #expect(rule.forEach?.value == "names")
    #expect(rule.fields.map(\.key) == [.sourceLabels, .action])
    #expect(rule.range.start == SourcePosition(line: 9, column: 9))
  }

  @Test func aliasesAndMergesAreFollowed() {
    let text = "defaults: &d {project: p}\njobs:\n  a:\n    <<: *d\n    zones: [us-east1-b]\n"
    let decoded = decode(text)
    #expect(decoded.diagnostics.isEmpty)
    #expect(decoded.spec.jobs.first?.discovery[.project]?.value == .plain("p"))
  }

  @Test func templateFilesNameTheirFileInDiagnostics() {
    let decoded = SpecDecoder.decodeTemplates(
      SourceText(path: "t.yml", text: "t:\n  rulez: []\n"), file: "templates/t.yml")
    #expect(decoded.diagnostics.map(\.file) == ["templates/t.yml"])
    #expect(decoded.templates.keys.sorted() == ["t"])
  }
}
