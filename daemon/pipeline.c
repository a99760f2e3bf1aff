/* SPDX-License-Identifier: LGPL-2.1-or-later — placeholder until the pipeline lands */
#include "pipeline.h"
