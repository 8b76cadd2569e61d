#include "resourcefactory.h"

#include "resourcebuilder.h"

#include "core/layout/autolayout.h"

namespace mailpath::app {

using namespace core;
using namespace factory;

QSizeF defaultSize(const Design &design, const std::string &key)
{
    if (isRegionKey(key))
        return {720, 480};
    if (isAzKey(key))
        return {540, 320};
    switch (design.kindOf(key).value_or(ResourceKind::Instance)) {
    case ResourceKind::Vpc: return {620, 420};
    case ResourceKind::Subnet: return {240, 170};
    case ResourceKind::OnPremNetwork: return {320, 220};
    default: return {96, 72};
    }
}

ResourceBundle createFromPalette(const Design &design, const QString &entryKey,
                                 const DropPoint &drop)
{
    Builder b(design, drop);
    const DropContext ctx = resolveDrop(design, drop.containerKey);
    const auto *entry = [&]() -> const PaletteEntry * {
        for (const auto &e : paletteEntries())
            if (e.key == entryKey)
                return &e;
        return nullptr;
    }();
    if (!entry) {
        b.bundle().error = tr("Unknown component %1.").arg(entryKey);
        return b.take();
    }
    b.bundle().text = tr("Add %1").arg(entry->label);
    const bool ok = entry->build(b, ctx);
    if (!ok && b.bundle().error.isEmpty())
        b.bundle().error = tr("Cannot add %1 here.").arg(entry->label);
    return b.take();
}

} // namespace mailpath::app
