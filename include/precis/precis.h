/* precis.h — libprecis: extractive summaries and key facts of news articles.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * One API with two back ends that give the same answers:
 * precis_connection_new_local() runs the engine (text pipeline, plugins,
 * page fetching, limits) in the calling process; precis_connection_new_bus()
 * sends the same calls to precisd, org.precis.Summarizer1 on the session bus.
 *
 * Plugins are written against another header set: <precis/precis-plugin.h>.
 */
#pragma once

#define PRECIS_INSIDE
#include <precis/precis-version.h>
#include <precis/precis-error.h>
#include <precis/precis-options.h>
#include <precis/precis-result.h>
#include <precis/precis-connection.h>
#include <precis/precis-enum-types.h>
#undef PRECIS_INSIDE
