#pragma once

namespace mailpath::app {

/**
 * Registers the compiled-in icons and templates. They live in an object library linked
 * into a static one, so nothing references them unless this is called once at start-up.
 */
void initResources();

} // namespace mailpath::app
