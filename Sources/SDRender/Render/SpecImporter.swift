import SDCore
import SDYAML
import GCEKnowledge
import PrometheusModel

/// Turns a prometheus.yml into an sdgen spec that renders to a configuration with the same meaning:
/// `gce_sd_configs` entries become zones, regions and projects, settings every job shares move to
/// `defaults`, relabel rules become uses of the shipped templates where one fits, and rule blocks repeated
/// across jobs are written once. Every other section and job passes through as written.
///
/// The result is checked before it is returned: it is rendered and compared by meaning with the input, and
/// a job that does not come back the same is refused, naming the job, rather than written differently.
package enum SpecImporter {
  /// The spec for the prometheus.yml in `source`, checked against `zones`.
  package static func importConfig(_ source: SourceText, zones: ZoneCatalogue = .bundled) -> ImportResult {
    let parsed = YAMLParser().parse(source)
    guard !parsed.failed, let root = parsed.document.root.map(parsed.document.resolve) else {
      return ImportResult(output: nil, diagnostics: parsed.diagnostics)
    }
    let document = parsed.document
    guard document[root].kind == .mapping, !PrometheusConfigSource.isSpec(document) else {
      return refused("this file is not a prometheus.yml with scrape_configs; sdgen import reads one", .fileStart)
    }
    let decoded = ConfigDecoder(version: .newest).decode(document)
    let errors = (parsed.diagnostics + decoded.diagnostics).filter { $0.severity == .error }
    guard errors.isEmpty else { return ImportResult(output: nil, diagnostics: errors) }

    var sections: [YAMLEntry] = []
    var jobs: [ImportedJob] = []
    do {
      for pair in document.mappingEntries(root) {
        let key = document[document.resolve(pair.key)].value
        guard key == "scrape_configs" else {
          sections.append(YAMLEntry(key, YAMLValue(node: pair.value, in: document)))
          continue
        }
        for item in document.items(document.resolve(pair.value)) {
          jobs.append(try ImportedJob(node: document.resolve(item), in: document, zones: zones))
        }
      }
    } catch {
      return ImportResult(output: nil, diagnostics: [error.diagnostic])
    }
    let spec = SpecDraft(sections: sections, jobs: jobs)
    let text = "# Imported by sdgen from \(source.path); render it with: sdgen render SPEC -o \(source.path)\n"
      + YAMLWriter().write(spec.value)
    let original = ConfigMeaning(decoded.config, in: document)
    if let refusal = differences(between: original, and: text, jobs: jobs, zones: zones) {
      return ImportResult(output: nil, diagnostics: [refusal.diagnostic])
    }
    return ImportResult(output: text, diagnostics: [])
  }

  private static func refused(_ message: String, _ range: SourceRange) -> ImportResult {
    ImportResult(output: nil, diagnostics: [ImportRefusal(message: message, range: range).diagnostic])
  }

  /// Why the spec `text` does not render to what `original` means, if it does not.
  private static func differences(
    between original: ConfigMeaning, and text: String, jobs: [ImportedJob], zones: ZoneCatalogue
  ) -> ImportRefusal? {
    let rendered = ConfigRenderer.render(spec: SourceText(path: "sdgen.yml", text: text), zones: zones)
    guard let output = rendered.output else {
      let problem = rendered.diagnostics.first { $0.severity == .error }?.message ?? "it does not render"
      return ImportRefusal(message: "the imported spec does not render (\(problem)); report this", range: .fileStart)
    }
    let result = ConfigMeaning(SourceText(path: "rendered.yml", text: output))
    guard original != result else { return nil }
    for (index, job) in jobs.enumerated() where original.jobs[safe: index] != result.jobs[safe: index] {
      return ImportRefusal(
        message:
          "job '\(job.name)' cannot be written as a spec that means exactly the same; keep it in prometheus.yml "
          + "or import it by hand", range: job.nameRange)
    }
    return ImportRefusal(
      message: "a top-level section would change in the spec; keep this file as it is", range: .fileStart)
  }
}

extension Array {
  /// The element at `index`, or nil past the end.
  fileprivate subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
