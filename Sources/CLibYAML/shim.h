#ifndef SDGEN_CLIBYAML_SHIM_H
#define SDGEN_CLIBYAML_SHIM_H
#include <yaml.h>
#endif
