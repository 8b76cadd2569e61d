#pragma once

#include <QTreeWidget>

namespace mailpath::app {

/** The components to drag onto the canvas, grouped; drags carry the component key. */
class PalettePanel : public QTreeWidget
{
    Q_OBJECT

public:
    explicit PalettePanel(QWidget *parent = nullptr);

protected:
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;
    QStringList mimeTypes() const override;
};

} // namespace mailpath::app
