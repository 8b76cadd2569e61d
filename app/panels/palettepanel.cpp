#include "palettepanel.h"

#include "app/canvas/diagramscene.h"
#include "app/palette/resourcefactory.h"
#include "app/base/appresources.h"

#include <QHeaderView>
#include <QMimeData>

namespace mailpath::app {

PalettePanel::PalettePanel(QWidget *parent)
    : QTreeWidget(parent)
{
    initResources();
    setHeaderHidden(true);
    setIconSize(QSize(28, 28));
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setRootIsDecorated(false);
    setIndentation(6);
    std::map<QString, QTreeWidgetItem *> groups;
    for (const auto &entry : paletteEntries()) {
        auto *&group = groups[entry.group];
        if (!group) {
            group = new QTreeWidgetItem(this, {entry.group});
            group->setFlags(Qt::ItemIsEnabled);
            QFont f = font();
            f.setBold(true);
            group->setFont(0, f);
            group->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(group, {entry.label});
        item->setIcon(0, QIcon(entry.icon)); // QIcon renders SVG at the screen's pixel ratio
        item->setData(0, Qt::UserRole, entry.key);
        item->setToolTip(0, tr("Drag onto the canvas"));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
    expandAll();
}

QStringList PalettePanel::mimeTypes() const
{
    return {QString::fromLatin1(DiagramScene::componentMimeType)};
}

QMimeData *PalettePanel::mimeData(const QList<QTreeWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(DiagramScene::componentMimeType,
                  items.first()->data(0, Qt::UserRole).toString().toUtf8());
    return data;
}

} // namespace mailpath::app
