#include "resourcefactory.h"

#include "resourcebuilder.h"

#include "core/model/kindtraits.h"

namespace mailpath::app {

using namespace core;
using namespace factory;

namespace {

// Boxes (subnets, VPCs) may be dropped anywhere; a node only where its kind lives.
bool landsInSubnet(const Design &scratch, const std::string &id)
{
    const auto kind = scratch.kindOf(id);
    return !kind || isContainerKind(*kind) || kindTraits(*kind).placedInSubnets
           || !subnetOf(scratch, id).empty();
}

} // namespace

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
    if (ok && !ctx.subnetId.empty() && !landsInSubnet(b.scratch(), b.bundle().primaryId)) {
        b.bundle().error = tr("%1 attaches to its VPC or Region, never inside a subnet: "
                              "drop it outside the subnets.")
                               .arg(entry->label);
    }
    if (!ok && b.bundle().error.isEmpty())
        b.bundle().error = tr("Cannot add %1 here.").arg(entry->label);
    return b.take();
}

} // namespace mailpath::app
