// The library product: one import gives a user the linter, the renderer, the filter translator, the
// simulator and the configuration model, whichever module of the pipeline they live in.
@_exported import GCEFilter
@_exported import GCEKnowledge
@_exported import GoRegex
@_exported import PrometheusModel
@_exported import SDCore
@_exported import SDJSON
@_exported import SDLint
@_exported import SDRender
@_exported import SDReport
@_exported import SDSimulate
@_exported import SDYAML
