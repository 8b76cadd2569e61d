#include "appresources.h"

#include <QtCore/qglobal.h>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initMailpathResources()
{
    Q_INIT_RESOURCE(mailpath_resources);
    Q_INIT_RESOURCE(mailpath_translations);
}

namespace mailpath::app {

void initResources()
{
    static const bool done = [] {
        initMailpathResources();
        return true;
    }();
    (void) done;
}

} // namespace mailpath::app
