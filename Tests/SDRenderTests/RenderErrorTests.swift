import Testing

@testable import SDCore
@testable import SDRender

/// Problems in a spec are positioned diagnostics with the exact rule, place, message and help, and
/// nothing is rendered.
@Suite struct RenderErrorTests {
  /// Each diagnostic as `line:column rule message` plus ` | help` when there is help.
  func problems(_ spec: String) -> [String] {
    let result = ConfigRenderer.render(spec: SourceText(path: "sdgen.yml", text: spec))
    if result.diagnostics.contains(where: { $0.severity == .error }) { #expect(result.output == nil) }
    return result.diagnostics.map { d in
      "\(d.range.start) \(d.rule) \(d.message)" + (d.help.map { " | \($0)" } ?? "")
    }
  }

  @Test func unknownKeyListsValidKeysAndSuggestsOne() throws {
    let result = ConfigRenderer.render(spec: SourceText(path: "s", text: "jobs:\n  node:\n    zome: [us-east1-b]\n"))
    let diagnostic = try #require(result.diagnostics.first)
    #expect(result.diagnostics.count == 1)
    #expect(diagnostic.rule.rawValue == "spec/unknown-key")
    #expect(diagnostic.message == "unknown key 'zome' in job 'node'")
    #expect(diagnostic.range == SourceRange(line: 3, column: 5, length: 4))
    #expect(diagnostic.help == "did you mean 'zones'?")
    #expect(
      diagnostic.notes == [
        "valid keys: zones, regions, project, projects, port, filter, refresh_interval, tag_separator, relabel_configs, "
          + "metric_relabel_configs, and any scrape_config key Prometheus accepts "
          + "(honor_labels, scrape_interval, metrics_path, ...)"
      ])
    #expect(diagnostic.fixes.first?.edits == [TextEdit(range: diagnostic.range, replacement: "zones")])
  }

  @Test func unknownKeysAtEveryLevel() {
    let spec = """
      golbal: {}
      scrape_configs: []
      templates:
        t:
          rulez: []
      jobs:
        - job_name: a
          relabel_configs:
            - source_label: [x]
              target_label: y
            - use: instance-name
              width: {}
      """
    #expect(
      problems(spec) == [
        "1:1 spec/unknown-key unknown key 'golbal' in the spec | did you mean 'global'?",
        "2:1 spec/unknown-key unknown key 'scrape_configs' in the spec | write jobs under 'jobs:'; each is rendered into scrape_configs",
        "5:5 spec/unknown-key unknown key 'rulez' in template 't' | did you mean 'rules'?",
        "9:9 spec/unknown-key unknown key 'source_label' in a relabel rule | did you mean 'source_labels'?",
        "12:9 spec/unknown-key unknown key 'width' in a template use | did you mean 'with'?",
      ])
  }

  @Test func unknownTemplateSuggestsAShippedOne() {
    #expect(
      problems("defaults:\n  relabel_configs:\n    - use: promote-label\n") == [
        "3:12 spec/unknown-template no template named 'promote-label'; define it under 'templates:' or use a shipped one"
          + " | did you mean 'promote-labels'?"
      ])
  }

  @Test func missingAndUnknownParameters() {
    let spec = """
      defaults:
        relabel_configs:
          - use: promote-labels
          - use: zone-short-name
            with: {targt: z}
          - use: zone-short-name
            with: {target: [a, b]}
      """
    #expect(
      problems(spec) == [
        "3:12 spec/missing-parameter template 'promote-labels' needs parameter 'labels'; add 'with: {labels: [...]}'",
        "5:14 spec/unknown-parameter template 'zone-short-name' has no parameter 'targt' | did you mean 'target'?",
        "7:22 spec/invalid-value parameter 'target' of template 'zone-short-name' takes a string, not a list",
      ])
  }

  @Test func parameterReferencesMustBeDeclaredStrings() {
    let spec = """
      templates:
        t:
          parameters: {names: list, label: string}
          rules:
            - target_label: '{{lable}}'
            - target_label: '{{names}}'
            - for_each: label
              target_label: '{{item}}'
      defaults:
        relabel_configs:
          - use: t
            with: {names: [a], label: x}
          - target_label: '{{item}}'
      """
    #expect(
      problems(spec) == [
        "5:23 spec/unknown-parameter '{{lable}}' is not a parameter of template 't' | did you mean '{{label}}'?",
        "6:23 spec/invalid-value '{{names}}' is a list parameter; repeat the rule with 'for_each: names' and write '{{item}}'",
        "7:19 spec/unknown-parameter 'for_each' needs a list parameter of the enclosing template, and 'label' is not one",
        "13:21 spec/unknown-parameter '{{item}}' is not a parameter of the spec, which is not inside a template",
      ])
  }

  @Test func templateCyclesAreFound() {
    let spec = """
      templates:
        a: [{use: b}]
        b: [{use: a}]
        self: [{use: self}]
      defaults:
        relabel_configs: [{use: a}, {use: self}]
      """
    #expect(
      problems(spec) == [
        "3:13 spec/template-cycle template 'a' uses itself (a -> b -> a); remove one of these uses",
        "4:16 spec/template-cycle template 'self' uses itself (self -> self); remove one of these uses",
      ])
  }

  /// Templates that each use the next one twice double at every level: 30 levels would be a billion rules.
  @Test func templateExpansionBombIsOneErrorNamingTheChain() {
    var spec = "templates:\n"
    for level in 0..<30 {
      spec += "  t\(level): [{use: t\(level + 1)}, {use: t\(level + 1)}]\n"
    }
    spec += "  t30: [{target_label: a, replacement: b}]\n"
    spec += "defaults: {project: p, zones: [us-east1-b]}\njobs:\n  node:\n    relabel_configs: [{use: t0}]\n"
    let chain = (0...30).map { "t\($0)" }.joined(separator: " -> ")
    #expect(
      problems(spec) == [
        "36:29 spec/template-expansion templates expand this relabel list to more than 10000 relabel rules "
          + "(\(chain)); use each template fewer times"
          + " | each template in the chain uses the next one several times, which multiplies"
      ])
  }

  /// The bound is on the rules of one list and of the whole spec, so many jobs sharing a large template fail once.
  @Test func templateExpansionIsBoundedOverTheWholeSpec() {
    var spec = "templates:\n  big:\n    parameters: {names: list}\n"
    spec += "    rules: [{for_each: names, target_label: '{{item}}', replacement: x}]\n"
    let names = (0..<5_000).map { "l\($0)" }.joined(separator: ", ")
    spec += "defaults:\n  project: p\n  zones: [us-east1-b]\n"
    spec += "  relabel_configs: [{use: big, with: {names: [\(names)]}}]\njobs:\n"
    for job in 0..<50 {
      spec += "  j\(job): {relabel_configs: [{use: big, with: {names: [\(names)]}}]}\n"
    }
    let found = problems(spec)
    #expect(
      found == [
        "49:33 spec/template-expansion templates expand the spec to more than 200000 relabel rules (big); "
          + "use each template fewer times"
      ])
  }

  @Test func unknownZonesAndRegionsGetSuggestions() {
    let spec = """
      defaults: {project: p}
      jobs:
        node: {zones: [us-eastl1-a, us-east1, us-east1-b]}
        web: {regions: [us-east, us-east1-c]}
      """
    #expect(
      problems(spec) == [
        "3:18 spec/unknown-zone unknown zone 'us-eastl1-a'; did you mean 'us-east1-b'?"
          + " | similar zones: us-east1-b, us-east1-c, us-east1-d; if the zone is newer than sdgen, pass --zones-file"
          + " with the output of gcloud compute zones list --format='value(name)'",
        "3:31 spec/unknown-zone 'us-east1' is a region, not a zone | list it under 'regions:' to scrape every zone of the region",
        "4:19 spec/unknown-region 'us-east' is not a Compute Engine region | a region with a similar name exists: 'us-east1'",
        "4:28 spec/unknown-region 'us-east1-c' is not a Compute Engine region | 'us-east1-c' is a zone; list it under 'zones:'",
      ])
  }

  @Test func duplicateJobsInListForm() throws {
    let result = ConfigRenderer.render(
      spec: SourceText(path: "s", text: "jobs:\n  - job_name: a\n  - job_name: b\n  - job_name: a\n"))
    #expect(result.output == nil)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.rule.rawValue == "spec/duplicate-job")
    #expect(diagnostic.range.start == SourcePosition(line: 4, column: 15))
    #expect(diagnostic.message == "job 'a' is defined twice; rename or remove one of them")
    #expect(diagnostic.notes == ["first defined at 2:15"])
  }

  @Test func discoverySettingsNeedProjectAndZones() {
    let spec = """
      jobs:
        a: {zones: [us-east1-b]}
        b: {port: 9100}
        c: {project: p, zones: [us-east1-b], gce_sd_configs: [{project: p, zone: us-east1-b}]}
        d: {project: p, zones: []}
        - job_name: x
      """
    #expect(problems(spec).first?.hasPrefix("6:3 yaml/syntax") == true)
    let valid = spec.replacingOccurrences(of: "  - job_name: x\n", with: "")
      .replacingOccurrences(of: "\n  - job_name: x", with: "")
    #expect(
      problems(valid) == [
        "2:3 spec/missing-key job 'a' has no 'project'; set it in the job or under 'defaults'",
        "3:13 spec/missing-key job 'b' sets GCE discovery settings but no zones; add 'zones:' or 'regions:'",
        "4:40 spec/conflicting-keys job 'c' has both 'gce_sd_configs' and zones; keep one, sdgen writes gce_sd_configs from zones",
        "5:3 spec/invalid-value job 'd' lists no zones; name at least one zone or region",
      ])
  }

  @Test func listFormJobsNeedAName() {
    #expect(
      problems("jobs:\n  - {zones: [us-east1-b]}\n  - plain\n") == [
        "2:5 spec/missing-key this job has no 'job_name'; add one or write jobs as a mapping",
        "3:5 spec/invalid-value a job must be a mapping with 'job_name' and its settings",
      ])
  }

  @Test func wrongShapesAreReported() {
    let spec = """
      templates:
        t:
          parameters: {x: number}
      jobs:
        a:
          project: [p]
          filter: {status: [], labels: {env: [prod]}}
          relabel_configs: {source_labels: [a]}
          metric_relabel_configs:
            - source_labels: a
            - plain
      """
    #expect(
      problems(spec) == [
        "3:21 spec/invalid-value parameter type must be 'string' or 'list', not 'number'",
        "6:14 spec/invalid-value 'project' must be a single value",
        "7:13 spec/missing-key job 'a' sets GCE discovery settings but no zones; add 'zones:' or 'regions:'",
        "7:22 spec/invalid-value a filter key needs at least one value to match",
        "8:22 spec/invalid-value 'relabel_configs' must be a list of relabel rules and template uses",
        "10:24 spec/invalid-value 'source_labels' must be a list, e.g. [__meta_gce_zone]",
        "11:9 spec/invalid-value a relabel rule must be a mapping, or 'use: <template>'",
      ])
  }

  @Test func warningsDoNotStopRendering() {
    let result = ConfigRenderer.render(spec: SourceText(path: "s", text: "jobs: {}\n---\nx: 1\n"))
    #expect(result.diagnostics.map(\.rule.rawValue) == ["yaml/second-document"])
    #expect(result.output == ConfigRenderer.header + "scrape_configs: []\n")
  }

  @Test func emptySpecRendersNoJobs() {
    let result = ConfigRenderer.render(spec: SourceText(path: "s", text: "# nothing yet\n"))
    #expect(result.diagnostics.isEmpty)
    #expect(result.output == ConfigRenderer.header + "scrape_configs: []\n")
  }
}
