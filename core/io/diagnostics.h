#pragma once

// Diagnostic lives in core/model (the model checks designs too); readers keep this include.
#include "../model/diagnostics.h"
