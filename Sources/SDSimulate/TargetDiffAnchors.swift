import PrometheusModel
import SDYAML

/// Where the jobs and relabel rules of a prometheus.yml are written, so `targets --diff --format github`
/// annotates the lines that cause each change.
package enum TargetDiffAnchors {
  /// The job-name and relabel-rule lines of `config`, decoded from `document` of `file`.
  package static func of(_ config: PrometheusConfig, in document: YAMLDocument, file: String) -> TargetDiffReport.Anchors {
    var anchors = TargetDiffReport.Anchors(file: file)
    for job in config.scrapeConfigs {
      if let key = job.keyNode("job_name") { anchors.jobLines[job.jobName] = document[key].range.start.line }
      anchors.ruleLines[job.jobName] = job.relabelConfigNodes.compactMap { $0.node.map { document[$0].range.start.line } }
    }
    return anchors
  }
}
