/* precis-internal.h — the public API's headers, seen from inside the tree.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#ifndef PRECIS_COMPILATION
#define PRECIS_COMPILATION
#endif
#include <precis/precis.h>
