import ArgumentParser
import SDConfigKit

/// Reads a `--prometheus-version` value: `X.Y` of a release sdgen has a schema for.
func prometheusVersionArgument(_ text: String) throws -> PrometheusVersion {
  guard let version = PrometheusVersion(parsing: text) else {
    throw ValidationError("'\(text)' is not a Prometheus version; write it like 2.42")
  }
  guard version.hasSchema else {
    throw ValidationError("sdgen has no schema for Prometheus \(version); use one of \(PrometheusVersion.supportedRange)")
  }
  return version
}
